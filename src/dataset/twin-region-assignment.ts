import { csvObjects } from '../io/csv.js';
import type { TwinPair } from './parse-bundled.js';

/** A documented change to a row's Russian region (data/twinning-wikipedia/ru_region_corrections.csv). */
export interface RegionCorrection {
  line: number;
  ruCity: string;
  from: string;
  to: string;
  reason: string;
  evidence: string;
}

export function parseRegionCorrections(text: string, file = 'ru_region_corrections.csv'): RegionCorrection[] {
  return csvObjects(text).map((r, i) => {
    const where = `${file}, row ${i + 2}`;
    const cell = (c: string) => {
      const v = (r[c] ?? '').trim();
      if (!v) throw new Error(`${where}, column ${c}: expected a value, found an empty cell`);
      return v;
    };
    if (cell('field') !== 'ru_region_iso')
      throw new Error(`${where}, column field: expected ru_region_iso, got ${JSON.stringify(r.field)}`);
    return {
      line: i + 2,
      ruCity: cell('ru_city'),
      from: cell('from'),
      to: cell('to'),
      reason: cell('reason'),
      evidence: cell('evidence'),
    };
  });
}

/** "Mitino (Moscow)", "Central AO (Moscow)": Wikipedia's qualifier for a district or okrug of the city of Moscow. */
const MOSCOW_DISTRICT = /\(Moscow\)$/;
export const MOSCOW_CITY = 'RU-MOW';

/**
 * The Russian region of each row as used: a district of the city of Moscow is in the city of Moscow whatever its
 * geocode (upstream placed Northern AO in Chukotka, Ryazansky in Ryazan Oblast), then the documented corrections.
 * A correction that matches no row is an error: the file no longer says what it corrects.
 */
export function assignRegions(
  pairs: readonly TwinPair[],
  corrections: readonly RegionCorrection[],
): TwinPair[] {
  const used = new Set<RegionCorrection>();
  const out = pairs.map((p): TwinPair => {
    if (MOSCOW_DISTRICT.test(p.ruCity) && p.regionIso !== MOSCOW_CITY)
      return { ...p, regionIso: MOSCOW_CITY, regionMethod: 'name_rule_moscow_district' };
    const c = corrections.find((x) => x.ruCity === p.ruCity && x.from === p.regionIso);
    if (!c) return p;
    used.add(c);
    return { ...p, regionIso: c.to, regionMethod: `correction_row_${c.line}` };
  });
  const unused = corrections.filter((c) => !used.has(c));
  if (unused.length)
    throw new Error(
      `ru_region_corrections.csv: ${unused.map((c) => `row ${c.line} (${c.ruCity}, ${c.from} → ${c.to})`).join('; ')} match no twin pair: expected a row with that ru_city and ru_region_iso`,
    );
  return out;
}
