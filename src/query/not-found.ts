import { ParadipError } from '../errors/paradip-error.js';
/** A requested region, country or indicator does not exist: the CLI exits 2, the API answers 404. */
export class NotFoundError extends ParadipError {
  constructor(
    readonly what: 'region' | 'country' | 'indicator',
    readonly value: string,
    message?: string,
  ) {
    super('not_found', message ?? `unknown ${what}: ${JSON.stringify(value)}`, { [what]: value });
  }
}
