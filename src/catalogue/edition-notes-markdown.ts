import { EDITION_CHECKED, editionJumps, JUMP_FACTOR } from '../query/edition-jumps.js';
import type { ObservationRow } from '../store/rows.js';

type Observation = Pick<ObservationRow, 'region_iso' | 'indicator_id' | 'period' | 'value' | 'source_ref'>;

/** "RSY 2023, t. 9.14, row 74 (Тюменская область)" → "Тюменская область": the row as the yearbook names it. */
const rowName = (ref: string | null) => /\(([^()]*)\)\s*$/.exec(ref ?? '')?.[1] ?? '';

const n = (v: number) => v.toLocaleString('en-GB');

/**
 * The data-quality part of docs/indicators.md: for each indicator checked across the two yearbook editions, every
 * region whose figure changed more than threefold between them, computed from the observations.
 */
export function editionNotesMarkdown(observations: readonly Observation[]): string[] {
  const out: string[] = [];
  for (const id of EDITION_CHECKED) {
    const rows = observations
      .filter((o) => o.indicator_id === id)
      .map((o) => ({ ...o, scope: '*' as const, source_id: '', flags: null }));
    const jumps = editionJumps({ observations: rows }, id);
    const periods = [...new Set(rows.map((o) => o.period))].sort();
    out.push(
      `### \`${id}\`: figures not comparable across editions`,
      '',
      `Computed from the two editions in the store (${periods.join(' and ')}): ${jumps.length} regions whose figure changed more than ${JUMP_FACTOR}-fold, either way. No real stock of heritage sites moves that much in a year; the count itself changed, so this indicator is not comparable across editions, nor across regions. The figures are used as printed (the index takes the latest); each region's profile flags them.`,
      '',
      '| region | row in the yearbook | first edition | second edition | ratio |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const j of jumps)
      out.push(
        `| ${j.region_iso} | ${rowName(j.to.source_ref) || rowName(j.from.source_ref)} | ${n(j.from.value)} (${j.from.period}) | ${n(j.to.value)} (${j.to.period}) | ${Number.isFinite(j.ratio) ? `× ${j.ratio.toFixed(2)}` : 'from 0'} |`,
      );
    out.push('');
  }
  return out;
}
