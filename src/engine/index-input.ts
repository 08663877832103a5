import type { Dataset } from './dataset.js';
import type { Framework } from './framework.js';

/** What an index is built from: indicator data, unit groups, denominators and the framework. */
export interface IndexInput {
  data: Dataset;
  unitNames?: string[];
  /** Group labels per unit (e.g. federal district), aligned with data.units; null when unknown. */
  groups: Record<string, (string | null)[]>;
  /** Denominators per unit (population, area…), aligned with data.units. */
  denominators: Record<string, Float64Array>;
  framework: Framework;
}
