import type { Region } from './region.js';
import { nameKey, normaliseName } from './normalise-name.js';
import { AGGREGATE_NAME, AMBIGUOUS_NAMES, EXTRA_ALIASES } from './aliases.js';

export type RegionMatch =
  | { kind: 'region'; iso: string; note?: string }
  | { kind: 'aggregate'; name: string }
  | { kind: 'ambiguous'; candidates: string[] }
  | { kind: 'unknown' };

/** Which code system a column holds; `auto` accepts ISO codes, 11-digit OKATO, 8-digit OKTMO and names. */
export type RegionIdKind = 'auto' | 'iso' | 'okato' | 'oktmo' | 'kladr' | 'name';

type Index = Map<string, Set<string>>;

function add(index: Index, key: string, iso: string): void {
  if (!key) return;
  let set = index.get(key);
  if (!set) index.set(key, (set = new Set()));
  set.add(iso);
}

/** Qualifiers in Rosstat rows such as "Тюменская область (без автономных округов)". */
const EXCLUDING = /\s*\(?\s*(без|кроме|excluding|without)\s.*$/;
const LEADING = /^(в том числе|из них|включая|including)[:\s-]*/;

/**
 * Identifies regions from the codes and spellings found in statistical tables: ISO 3166-2, OKATO, OKTMO,
 * KLADR region codes, and Russian or English names in official, Rosstat, ФИАС and Wikipedia forms.
 * Ambiguous spellings are reported with their candidates, never guessed.
 */
export class RegionMatcher {
  private readonly exact: Index = new Map();
  private readonly loose: Index = new Map();
  private readonly codes = new Map<string, Map<string, string>>();
  private readonly isoCodes: Set<string>;

  constructor(regions: readonly Region[]) {
    this.isoCodes = new Set(regions.map((r) => r.iso));
    const codeMaps = {
      okato: new Map<string, string>(),
      oktmo: new Map<string, string>(),
      kladr: new Map<string, string>(),
    };
    for (const r of regions) {
      if (r.okato) {
        codeMaps.okato.set(r.okato, r.iso);
        codeMaps.okato.set(
          r.okato.slice(0, 2) + (r.okato.slice(2, 5) !== '000' ? r.okato.slice(2, 5) : ''),
          r.iso,
        );
      }
      if (r.oktmo) codeMaps.oktmo.set(r.oktmo, r.iso);
      if (r.kladr) codeMaps.kladr.set(r.kladr, r.iso);
      const names = [
        r.nameEn,
        r.nameEnFull,
        r.nameEnUaDesignation,
        r.nameRu,
        r.nameRuRosstat,
        r.nameRuWithType,
        ...(EXTRA_ALIASES[r.iso] ?? []),
      ].filter((n): n is string => !!n);
      for (const name of names) this.addName(name, r.iso);
      // Short names ("Алтайский", "Татарстан") only go into the loose index, where collisions surface.
      if (r.nameRuShort) add(this.loose, nameKey(normaliseName(r.nameRuShort)), r.iso);
      for (const variant of englishVariants(r)) this.addName(variant, r.iso);
    }
    for (const [k, v] of Object.entries(codeMaps)) this.codes.set(k, v);
    for (const [name, isos] of Object.entries(AMBIGUOUS_NAMES)) {
      const n = normaliseName(name);
      this.exact.set(n, new Set(isos));
      this.loose.set(nameKey(n), new Set(isos));
    }
  }

  private addName(name: string, iso: string): void {
    const n = normaliseName(name);
    add(this.exact, n, iso);
    add(this.loose, nameKey(n), iso);
    const outside = n.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
    if (outside !== n) add(this.loose, nameKey(outside), iso);
  }

  /**
   * @example matcher.match('Республика Татарстан (Татарстан)') // { kind: 'region', iso: 'RU-TA' }
   */
  match(raw: string, kind: RegionIdKind = 'auto'): RegionMatch {
    const text = raw.trim();
    if (!text) return { kind: 'unknown' };
    const upper = text.toUpperCase();
    if (kind === 'iso' || kind === 'auto') {
      if (this.isoCodes.has(upper)) return { kind: 'region', iso: upper };
      if (kind === 'iso') return { kind: 'unknown' };
    }
    const digits = text.replace(/\s/g, '');
    if (kind === 'okato' || kind === 'oktmo' || kind === 'kladr') {
      const padded = kind === 'kladr' && /^\d$/.test(digits) ? `0${digits}` : digits;
      const iso = this.codes.get(kind)?.get(padded);
      return iso ? { kind: 'region', iso } : { kind: 'unknown' };
    }
    if (kind === 'auto' && /^\d+$/.test(digits)) {
      const iso =
        digits.length === 11
          ? this.codes.get('okato')?.get(digits)
          : digits.length === 8
            ? this.codes.get('oktmo')?.get(digits)
            : undefined;
      return iso ? { kind: 'region', iso } : { kind: 'unknown' };
    }
    return this.matchName(text);
  }

  private matchName(raw: string): RegionMatch {
    let n = normaliseName(raw).replace(LEADING, '');
    let note: string | undefined;
    const excl = n.match(EXCLUDING);
    if (excl && excl.index !== undefined && excl.index > 0) {
      note = `"${raw.trim()}": the row excludes part of the region; it is taken as the region itself`;
      n = n.slice(0, excl.index).trim();
    }
    const found = this.lookup(n);
    if (found.size === 1) return { kind: 'region', iso: [...found][0]!, ...(note ? { note } : {}) };
    if (found.size > 1) return { kind: 'ambiguous', candidates: [...found].sort() };
    if (AGGREGATE_NAME.test(n)) return { kind: 'aggregate', name: raw.trim() };
    return { kind: 'unknown' };
  }

  private lookup(n: string): Set<string> {
    const exact = this.exact.get(n);
    if (exact) return exact;
    const loose = this.loose.get(nameKey(n));
    if (loose) return loose;
    // "Кемеровская область - Кузбасс", "Саха (Якутия)": try each part, accept only if they agree.
    const parts = [
      ...n.split(/-(?=[^-]*$)/).filter((p) => p.includes(' ')),
      n.replace(/\s*\([^)]*\)\s*/g, ' ').trim(),
      ...[...n.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!.trim()),
    ].filter((p) => p && p !== n);
    const union = new Set<string>();
    for (const p of parts) {
      const hit = this.exact.get(p) ?? this.loose.get(nameKey(p));
      if (hit) for (const iso of hit) union.add(iso);
    }
    return union;
  }
}

/** English forms Wikipedia and the press use: "Pskov Region", "Perm Territory", "Republic of Karelia". */
function englishVariants(r: Region): string[] {
  const base = r.nameEn.replace(/\s+(Krai|Oblast|Okrug|Province)$/i, '');
  switch (r.typeEn) {
    case 'oblast':
      return [`${base} Oblast`, `${base} Region`, `${base} Province`, `${base}skaya Oblast`];
    case 'krai':
      return [`${base} Krai`, `${base} Kray`, `${base} Territory`, `${base} Region`];
    case 'republic':
      return [`Republic of ${base}`, `${base} Republic`];
    case 'autonomous okrug':
      return [`${base} Autonomous Okrug`, `${base} Autonomous District`, `${base} Okrug`];
    default:
      return [];
  }
}
