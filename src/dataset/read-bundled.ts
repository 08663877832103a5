import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { Country } from '../registry/country.js';
import type { Region } from '../registry/region.js';
import { dataDir } from './data-dir.js';
import type { CountryObservation } from '../rosstat/country-observations.js';
import { DERIVED_FILES, parseCountryDerived, parseRegionalDerived } from '../rosstat/derived-observations.js';
import type { RosstatObservation } from '../rosstat/regional-observations.js';
import type { DatasetDescriptor } from './descriptor.js';
import { readDescriptors } from './manifest.js';
import {
  parseCountries,
  parseMissions,
  parsePopulation,
  parseRegions,
  parseTwinPairs,
  type Mission,
  type PopulationRow,
  type TwinPair,
} from './parse-bundled.js';
import { partnerState } from './partner-state.js';
import { mergeDuplicatePairs } from './twin-duplicates.js';
import { assignRegions, parseRegionCorrections } from './twin-region-assignment.js';

/**
 * The twin pairs as used: the file as published, with each row's region by rule or documented correction, partners
 * in autonomous parts of a state counted in the state, and a partnership listed twice merged into its first row.
 */
export function twinPairsAsUsed(pairs: readonly TwinPair[], correctionsCsv: string): TwinPair[] {
  const assigned = assignRegions(pairs, parseRegionCorrections(correctionsCsv)).map(partnerState);
  const { pairs: kept, merged } = mergeDuplicatePairs(assigned);
  const rowsOf = new Map(merged.map((m) => [m.kept, m.rows.map((r) => r.row)]));
  return kept.map((p) => (rowsOf.has(p) ? { ...p, mergedRows: rowsOf.get(p) } : p));
}

/** Everything the store is built from, parsed from the files in data/. */
export interface BundledData {
  dir: string;
  datasets: DatasetDescriptor[];
  regions: Region[];
  countries: Country[];
  population: PopulationRow[];
  twinPairs: TwinPair[];
  missionsInRussia: Mission[];
  missionsAbroad: Mission[];
  /** Region outlines (read from data/ on first use). */
  readonly regionShapes: FeatureCollection<Polygon | MultiPolygon, { iso_3166_2: string }>;
  /** World country outlines (read from data/ on first use). */
  readonly worldTopology: Topology;
  /** Rosstat yearbook tables as read from its .docx chapters (data/ru-rosstat-yearbook/derived, see docs/data.md). */
  rosstat: { observations: RosstatObservation[]; countryObservations: CountryObservation[] };
}

export function readBundled(dir: string = dataDir()): BundledData {
  const text = (path: string) => readFileSync(join(dir, path), 'utf8');
  // The outlines (3.5 MB of JSON) are read on first use: only deriving land borders and sea proximity needs them,
  // and a build whose geometry is what data/ ships the derivation for does not derive.
  let regionShapes: BundledData['regionShapes'] | undefined;
  let worldTopology: Topology | undefined;
  return {
    dir,
    datasets: readDescriptors(dir),
    regions: parseRegions(text('ru-federal-subjects/ru_federal_subjects.csv')),
    countries: parseCountries(text('country-codes/country-codes.csv')),
    population: parsePopulation(text('ru-population-rosstat-2020/population_by_region.csv')),
    twinPairs: twinPairsAsUsed(
      parseTwinPairs(text('twinning-wikipedia/russia_twin_city_pairs.csv')),
      text('twinning-wikipedia/ru_region_corrections.csv'),
    ),
    missionsInRussia: parseMissions(
      text('diplomatic-missions-wikidata/foreign_missions_in_russia.csv'),
      'in_russia',
      'foreign_missions_in_russia.csv',
    ),
    missionsAbroad: parseMissions(
      text('diplomatic-missions-wikidata/russian_missions_abroad.csv'),
      'abroad',
      'russian_missions_abroad.csv',
    ),
    get regionShapes() {
      return (regionShapes ??= JSON.parse(
        text('ru-regions-boundaries-naturalearth/ru_regions_ne10m.geojson'),
      ));
    },
    get worldTopology() {
      return (worldTopology ??= JSON.parse(text('world-countries-atlas/countries-50m.json')));
    },
    rosstat: {
      observations: parseRegionalDerived(text(`ru-rosstat-yearbook/${DERIVED_FILES.regional}`)),
      countryObservations: parseCountryDerived(text(`ru-rosstat-yearbook/${DERIVED_FILES.country}`)),
    },
  };
}
