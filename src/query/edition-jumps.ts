import type { Snapshot } from './snapshot.js';

/**
 * Indicators whose figures are checked across the two yearbook editions: Rosstat's "objects of cultural heritage"
 * (t. 9.14) are counted differently from region to region and edition to edition (Primorye 2,354 → 110, Tyumen
 * 108 → 7,835 between 2021 and 2022), so a region's figure may not be comparable with another's.
 */
export const EDITION_CHECKED = ['heritage_sites'] as const;

/** A change between editions larger than this factor, either way, is flagged: no real stock moves that much in a year. */
export const JUMP_FACTOR = 3;

export interface EditionJump {
  region_iso: string;
  from: { period: string; value: number; source_ref: string | null };
  to: { period: string; value: number; source_ref: string | null };
  /** to ÷ from (Infinity from 0). */
  ratio: number;
}

/**
 * Regions whose figure of an indicator changed more than `JUMP_FACTOR`-fold between its first and last period in
 * the store (the two yearbook editions), computed from the observations, sorted by region.
 * @example editionJumps(snapshot, 'heritage_sites').find((j) => j.region_iso === 'RU-TYU')?.ratio // 7835 / 108
 */
export function editionJumps(s: Pick<Snapshot, 'observations'>, indicatorId: string): EditionJump[] {
  const byRegion = new Map<string, { period: string; value: number; source_ref: string | null }[]>();
  for (const o of s.observations)
    if (o.indicator_id === indicatorId && o.scope === '*')
      byRegion.set(o.region_iso, [
        ...(byRegion.get(o.region_iso) ?? []),
        { period: o.period, value: o.value, source_ref: o.source_ref },
      ]);
  const out: EditionJump[] = [];
  for (const [region_iso, xs] of byRegion) {
    if (xs.length < 2) continue;
    xs.sort((a, b) => a.period.localeCompare(b.period));
    const from = xs[0]!;
    const to = xs[xs.length - 1]!;
    const ratio = from.value === 0 ? (to.value === 0 ? 1 : Infinity) : to.value / from.value;
    if (ratio > JUMP_FACTOR || ratio < 1 / JUMP_FACTOR) out.push({ region_iso, from, to, ratio });
  }
  return out.sort((a, b) => a.region_iso.localeCompare(b.region_iso));
}
