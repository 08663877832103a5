import { ParadipError, type ErrorKind } from '../errors/paradip-error.js';

const KIND_OF_STATUS = (status: number): ErrorKind =>
  status === 404 ? 'not_found' : status === 503 ? 'busy' : status >= 500 ? 'internal' : 'input';

/** An answer with a status of its own (401, 403, 413…); its body is { error, message, details } like every error. */
export class HttpError extends ParadipError {
  constructor(
    readonly statusCode: number,
    readonly error: string,
    message: string,
    details: Record<string, unknown> | null = null,
  ) {
    super(KIND_OF_STATUS(statusCode), message, details);
  }
}
