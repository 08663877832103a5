import { ParadipError } from '../errors/paradip-error.js';
/** A request for an export that cannot be met (unknown table, missing country, no region column for GeoJSON); `parameter` names the option at fault. */
export class ExportError extends ParadipError {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super('usage', message, { parameter });
  }
}
