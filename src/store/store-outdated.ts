import { StoreError } from './store-error.js';

/**
 * The store was written by another version of paradip (its schema differs). Nothing is lost by rebuilding it:
 * the bundled data come with paradip and the imports from the journal beside the store.
 */
export class StoreOutdated extends StoreError {
  constructor(
    readonly path: string,
    readonly found: string | undefined,
    readonly needed: number,
  ) {
    super(
      `${path} has schema version ${found ?? 'none'}, this paradip needs ${needed}; run \`paradip db build\` (imports are kept)`,
    );
  }
}
