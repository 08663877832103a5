/** A request for an export that cannot be met (unknown table, missing country, no region column for GeoJSON); `parameter` names the option at fault. */
export class ExportError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}
