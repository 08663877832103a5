/**
 * What went wrong, from the user's point of view; each kind maps once to an exit code and an HTTP status
 * (`error-kinds.ts`).
 * - input: the data or request was rejected (bad file, bad spec, value out of range)
 * - not_found: an unknown region, country or indicator (a kind of input error; HTTP says 404)
 * - usage: the command was called wrongly (unknown option, bad option value)
 * - store: the store is missing, unreadable, damaged or not writable
 * - busy: another writer holds the store, or the server is over its time budget; try again later
 * - internal: a bug; the only kind reported with a stack trace
 */
export type ErrorKind = 'input' | 'not_found' | 'usage' | 'store' | 'busy' | 'internal';

/** The base of every error paradip raises on purpose. Messages are for users: no function names, no stacks. */
export class ParadipError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
    readonly details: Record<string, unknown> | null = null,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}
