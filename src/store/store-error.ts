import { ParadipError } from '../errors/paradip-error.js';

/** The store is missing, unreadable, damaged or not writable: exit 3; `paradip db build` recovers it. */
export class StoreError extends ParadipError {
  constructor(message: string, options?: ErrorOptions) {
    super('store', message, null, options);
  }
}
