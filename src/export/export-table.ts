import type { RegionalClassification } from '../classify/regional-classification.js';
import type { CrisisAnalysis } from '../crisis/crisis-analysis.js';
import type { IndexResult } from '../engine/pipeline.js';
import type { Snapshot } from '../query/snapshot.js';
import type { Universe } from '../registry/region.js';
import { ExportError } from './export-error.js';
import type { ExportTable } from './table.js';
import { classificationTable, crisisTable, indexTable, regionsTable, tiesTable } from './tables.js';

export const EXPORT_TABLES = ['regions', 'index', 'classification', 'crisis', 'ties'] as const;

/** The results a table may need, computed only when that table is asked for. */
export interface ExportInputs {
  snapshot: Snapshot;
  universe: Universe;
  index: () => IndexResult;
  classification: () => RegionalClassification;
  crisis: (country: string) => CrisisAnalysis;
}

/**
 * The export table called `name`, for the CLI and the HTTP API alike.
 * @example exportTable('crisis', inputs, 'FI') // regions ranked by their capacity to help with Finland
 */
export function exportTable(name: string, inputs: ExportInputs, country?: string): ExportTable {
  const { snapshot: s, universe } = inputs;
  switch (name) {
    case 'regions':
      return regionsTable(s, universe);
    case 'index':
      return indexTable(inputs.index());
    case 'classification':
      return classificationTable(inputs.classification());
    case 'ties':
      return tiesTable(s, universe);
    case 'crisis':
      if (!country)
        throw new ExportError(
          'country',
          'a country is required for the crisis table (--country FI, or ?country=FI)',
        );
      return crisisTable(inputs.crisis(country));
    default:
      throw new ExportError(
        'table',
        `table: expected ${EXPORT_TABLES.join(', ')}, got ${JSON.stringify(name)}`,
      );
  }
}
