import type { Topology } from 'topojson-specification';
import { sourceList } from '../query/source-list.js';
import type { Snapshot } from '../query/snapshot.js';
import { regionsGeoJson } from './to-geojson.js';
import { tableToCsv } from './to-csv.js';
import { bundleToXlsx } from './to-xlsx.js';
import { ExportError } from './export-error.js';
import type { ExportBundle, ExportTable } from './table.js';

import { EXPORT_FORMATS, type ExportFormat } from './export-formats.js';

export { EXPORT_FORMATS, type ExportFormat };

export function bundleOf(
  s: Snapshot,
  title: string,
  tables: ExportTable[],
  metadata: Record<string, string>,
): ExportBundle {
  return {
    title,
    tables,
    sources: sourceList(s).map((x) => ({
      id: x.id,
      title: x.title,
      licence: x.licence,
      period: x.period,
      url: x.url,
    })),
    metadata: {
      ...metadata,
      generated_by: 'paradip',
      data_manifest_sha256: s.meta.data_manifest_sha256 ?? '',
    },
  };
}

/** Serialise an export in the requested format; GeoJSON needs the region geometry and a table keyed by region. */
export async function renderExport(
  b: ExportBundle,
  format: ExportFormat,
  options: { excel?: boolean; topology?: Topology; key?: string } = {},
): Promise<{ body: string | Buffer; contentType: string; extension: string }> {
  const t = b.tables[0]!;
  switch (format) {
    case 'csv':
      return {
        body: tableToCsv(t, { excel: options.excel }),
        contentType: 'text/csv; charset=utf-8',
        extension: 'csv',
      };
    case 'xlsx':
      return {
        body: await bundleToXlsx(b),
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        extension: 'xlsx',
      };
    case 'json':
      return { body: JSON.stringify(b, null, 2) + '\n', contentType: 'application/json', extension: 'json' };
    case 'geojson': {
      if (!options.topology) throw new Error('renderExport: GeoJSON needs the region geometry');
      // Without a region column every feature would be dropped: refuse rather than write an empty map.
      const key = options.key ?? ['iso', 'uCode'].find((c) => t.columns.includes(c));
      if (!key || !t.columns.includes(key))
        throw new ExportError(
          'format',
          `the ${t.name} table has no region column, so it cannot be written as GeoJSON`,
        );
      return {
        body: JSON.stringify(regionsGeoJson(options.topology, t, key)) + '\n',
        contentType: 'application/geo+json',
        extension: 'geojson',
      };
    }
  }
}
