import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../dataset/data-dir.js';
import { DERIVED_FILES, parseRegionalDerived } from '../rosstat/derived-observations.js';
import type { RosstatObservation } from '../rosstat/regional-observations.js';

/** The bundled yearbook's regional figures (the derived file, as the store reads it), for generated docs. */
export function bundledYearbook(): RosstatObservation[] {
  const file = join(dataDir(), 'ru-rosstat-yearbook', DERIVED_FILES.regional);
  return parseRegionalDerived(readFileSync(file, 'utf8'));
}
