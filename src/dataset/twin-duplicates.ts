import { distance } from 'fastest-levenshtein';
import { haversineKm } from '../geo/distance.js';
import type { TwinPair } from './parse-bundled.js';

/** Partner points farther apart than this are different places whatever their names (km). */
export const SAME_PLACE_KM = 10;
/** Two names this many edits apart or fewer are spellings of one name (Baranavichy / Baranovichi). */
export const SPELLING_EDITS = 2;

/** "Hailar (Hulunbuir)", "Hulunbuir – Hailar" → {hailar, hulunbuir}: the names a cell gives, qualifiers included. */
export function nameParts(name: string): Set<string> {
  return new Set(
    name
      .normalize('NFC')
      .toLowerCase()
      .split(/\s+[–—-]\s+|\s*[()]\s*/)
      .map((s) => s.trim())
      .filter(Boolean),
  );
}

const whole = (name: string) => name.normalize('NFC').toLowerCase().trim();

/** Whether two cells spell one name: equal, or a transliteration apart ("Mytischi" / "Mytishchi"). */
export function sameSpelling(a: string, b: string): boolean {
  return distance(whole(a), whole(b)) <= SPELLING_EDITS;
}

/**
 * Whether two partner cells name the same place: same spelling, or one's names all among the other's ("Halle" /
 * "Halle (Saale)", "Hulunbuir" / "Hailar (Hulunbuir)" / "Hulunbuir – Hailar").
 */
export function samePartnerName(a: string, b: string): boolean {
  const pa = nameParts(a);
  const pb = nameParts(b);
  const within = (x: Set<string>, y: Set<string>) => [...x].every((p) => y.has(p));
  return sameSpelling(a, b) || within(pa, pb) || within(pb, pa);
}

/** Whether the partner points are within SAME_PLACE_KM; null when either is not geocoded. */
function near(a: TwinPair, b: TwinPair): boolean | null {
  if (a.partnerLat === null || a.partnerLon === null || b.partnerLat === null || b.partnerLon === null)
    return null;
  return haversineKm([a.partnerLon, a.partnerLat], [b.partnerLon, b.partnerLat]) <= SAME_PLACE_KM;
}

/**
 * Whether two rows list one partnership: the same Russian city (spelling variants only: "Moscow" and "South-Western
 * AO (Moscow)" are two parties) in the same region, the same partner place in the same country — a variant name
 * only where both partner points are known and close, the very same name where one is not geocoded.
 */
export function samePair(a: TwinPair, b: TwinPair): boolean {
  if (
    a.regionIso !== b.regionIso ||
    a.partnerIso2 !== b.partnerIso2 ||
    (a.partnerIso2 === null && a.partnerCountryName !== b.partnerCountryName) ||
    !sameSpelling(a.ruCity, b.ruCity)
  )
    return false;
  const close = near(a, b);
  return close === null
    ? whole(a.partnerCity) === whole(b.partnerCity)
    : close && samePartnerName(a.partnerCity, b.partnerCity);
}

export interface MergedPairs {
  pairs: TwinPair[];
  /** Each kept row with the rows merged into it (file lines). */
  merged: { kept: TwinPair; rows: TwinPair[] }[];
}

/**
 * One row per partnership: a row that lists a pair an earlier row already lists is merged into that earlier row
 * (the Wikipedia pages list some pairs twice, under two spellings or with a district qualifier).
 */
export function mergeDuplicatePairs(pairs: readonly TwinPair[]): MergedPairs {
  const kept: TwinPair[] = [];
  const mergedInto = new Map<TwinPair, TwinPair[]>();
  for (const p of pairs) {
    const first = kept.find((k) => samePair(k, p));
    if (first) mergedInto.set(first, [...(mergedInto.get(first) ?? []), p]);
    else kept.push(p);
  }
  return { pairs: kept, merged: [...mergedInto].map(([k, rows]) => ({ kept: k, rows })) };
}
