/** Error bodies are always { error, message, details }. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly error: string,
    message: string,
    readonly details: unknown = null,
  ) {
    super(message);
  }
}
