// Indexes built from shapes (R-trees, rasters) kept per shapes array, so that the derivations run at db build (land
// borders and sea proximity, for each universe) build each one once. The shapes are taken as immutable.
const built = new WeakMap<object, Map<string, unknown>>();

/**
 * The value `build` makes from `owner` (an array of shapes) for `key`, built on first use and then shared.
 * @example builtOnce(regions, 'segments', () => segmentIndexOf(regions))
 */
export function builtOnce<T>(owner: object, key: string, build: () => T): T {
  let byKey = built.get(owner);
  if (!byKey) built.set(owner, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, build());
  return byKey.get(key) as T;
}
