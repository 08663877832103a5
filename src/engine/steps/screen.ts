import { selectUnits, type Dataset } from '../dataset.js';
import type { IndexSpec } from '../spec.js';

export interface ScreenedUnit {
  unit: string;
  availability: number;
  zeros: number;
  reason: 'availability' | 'zeros';
}

/**
 * Drop units with too little data (share of available values below `threshold`) or too many zeros (share of
 * zeros above `zeroThreshold`), as COINr's Screen byNA / byzeros. Returns the kept rows' indices too, so that
 * groups and denominators can follow.
 */
export function screen(
  data: Dataset,
  spec: IndexSpec['screen'],
): { data: Dataset; removed: ScreenedUnit[]; kept: number[] } {
  const cols = Object.values(data.columns);
  const kept: number[] = [];
  const removed: ScreenedUnit[] = [];
  for (let i = 0; i < data.units.length; i++) {
    let available = 0;
    let zeros = 0;
    for (const c of cols) {
      if (!Number.isNaN(c[i]!)) available++;
      if (c[i] === 0) zeros++;
    }
    const availability = cols.length ? available / cols.length : 1;
    const zeroShare = cols.length ? zeros / cols.length : 0;
    const byNa = spec.by === 'na' || spec.by === 'na_and_zeros';
    const byZeros = spec.by === 'zeros' || spec.by === 'na_and_zeros';
    if (byNa && availability < spec.threshold)
      removed.push({ unit: data.units[i]!, availability, zeros: zeroShare, reason: 'availability' });
    else if (byZeros && zeroShare > spec.zeroThreshold)
      removed.push({ unit: data.units[i]!, availability, zeros: zeroShare, reason: 'zeros' });
    else kept.push(i);
  }
  return { data: removed.length ? selectUnits(data, kept) : data, removed, kept };
}
