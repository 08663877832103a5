import { linearFit, type LinearFit } from '../engine/stats/linear-fit.js';

export interface PowerGap {
  fit: LinearFit;
  /** Activity the potential predicts, per unit (NaN where either score is missing). */
  expected: Float64Array;
  /** Activity minus expected: above zero, a region does more abroad than its resources predict. */
  gap: Float64Array;
}

/**
 * The gap between what regions do abroad and what their resources predict — the Lowy Asia Power Index's "power
 * gap" transposed: activity is regressed on potential across regions (least squares) and each region's gap is its
 * residual, in index points.
 * @example powerGap(activity, potential).gap[i] > 0 // region i punches above its weight
 */
export function powerGap(activity: Float64Array, potential: Float64Array): PowerGap {
  const fit = linearFit(potential, activity);
  const expected = potential.map((p, i) =>
    Number.isFinite(p) && Number.isFinite(activity[i]!) ? fit.intercept + fit.slope * p : NaN,
  );
  return { fit, expected, gap: activity.map((a, i) => a - expected[i]!) };
}
