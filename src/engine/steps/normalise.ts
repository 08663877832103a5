import { mapColumn, type Dataset } from '../dataset.js';
import type { Framework } from '../framework.js';
import { extent } from '../stats/extent.js';
import { mean } from '../stats/mean.js';
import { rank } from '../stats/rank.js';
import { sd } from '../stats/sd.js';
import type { IndexSpec, NormaliseMethod } from '../spec.js';

/**
 * Normalise one column already multiplied by its direction (so higher is always better), as COINr's n_* functions.
 * `target` is the indicator's target (dist_target) and `refIndex` the row of the reference unit (dist_reference).
 */
export function normaliseColumn(
  x: Float64Array,
  m: NormaliseMethod,
  ctx: { code: string; direction: 1 | -1; target?: number | null; refIndex?: number },
  /** Where the common methods (none, minmax, zscore) write the result; a new array when not given. */
  out: Float64Array = new Float64Array(x.length),
): Float64Array {
  const [min, max] = extent(x);
  switch (m.method) {
    case 'none':
      out.set(x);
      return out;
    // The common methods as plain loops: a closure per element costs more than the arithmetic.
    case 'minmax': {
      const [l, u] = m.range;
      const y = out;
      for (let i = 0; i < x.length; i++) y[i] = ((x[i]! - min) / (max - min)) * (u - l) + l;
      return y;
    }
    case 'zscore': {
      const mu = mean(x);
      const s = sd(x);
      const y = out;
      for (let i = 0; i < x.length; i++) y[i] = ((x[i]! - mu) / s) * m.sd + m.mean;
      return y;
    }
    case 'rank':
      return rank(x, 'min');
    case 'borda':
      return rank(x, 'min').map((r) => r - 1);
    case 'percentile_rank': {
      const n = x.filter((v) => !Number.isNaN(v)).length;
      return rank(x, 'min').map((r) => (r - 1) / (n - 1));
    }
    case 'goalposts': {
      const posts = m.posts[ctx.code];
      if (!posts) throw new Error(`normalise: goalposts have no posts for ${ctx.code}`);
      // Values arrive multiplied by their direction, so the posts are too (COINr n_goalposts).
      const [lo, hi] = ctx.direction === -1 ? [-posts[0], -posts[1]] : posts;
      const y = mapColumn(x, (v) => (ctx.direction === -1 ? (v - hi) / (lo - hi) : (v - lo) / (hi - lo)));
      return y.map((v) => (m.truncate ? Math.min(1, Math.max(0, v)) : v) * m.scale);
    }
    case 'dist_max':
      return mapColumn(x, (v) => 1 - (max - v) / (max - min));
    case 'dist_target': {
      if (ctx.target === null || ctx.target === undefined)
        throw new Error(`normalise: dist_target needs a target for ${ctx.code}`);
      const t = ctx.target * ctx.direction;
      return mapColumn(x, (v) => {
        const y = 1 - (t - v) / (t - min);
        return (m.capMax && y > 1 ? 1 : y) * m.scale;
      });
    }
    case 'dist_reference': {
      const ref = x[ctx.refIndex ?? -1];
      if (ref === undefined)
        throw new Error(`normalise: reference unit ${JSON.stringify(m.reference)} is not in the data`);
      return mapColumn(x, (v) => {
        const y = 1 - (ref - v) / (ref - min);
        return m.capMax && y > 1 ? 1 : y;
      });
    }
    case 'frac_max':
      return mapColumn(x, (v) => v / max);
  }
}

/**
 * Min-max of direction·x onto [l, u] without writing direction·x first: negation is exact, so each value is the one
 * `normaliseColumn` gives for the directed column, in two reads of the column instead of three and no scratch column.
 */
function minmaxDirected(
  x: Float64Array,
  direction: 1 | -1,
  [l, u]: [number, number],
  out: Float64Array,
): Float64Array {
  const [lo, hi] = extent(x);
  const min = direction === 1 ? lo : -hi;
  const max = direction === 1 ? hi : -lo;
  for (let i = 0; i < x.length; i++) out[i] = ((direction * x[i]! - min) / (max - min)) * (u - l) + l;
  return out;
}

/** Normalise every indicator, applying its direction first; per-indicator overrides allowed. */
export function normalise(data: Dataset, framework: Framework, spec: IndexSpec['normalise']): Dataset {
  const nodes = new Map(framework.nodes.map((n) => [n.code, n]));
  const columns: Record<string, Float64Array> = {};
  const n = data.units.length;
  const entries = Object.entries(data.columns);
  // One allocation for every output column, and one scratch column for the values times −1: with a million units
  // each column is 8 MB, and every few such buffers cost a full garbage collection of everything else alive.
  const block = new Float64Array(n * entries.length);
  let scratch: Float64Array | null = null;
  for (const [k, [code, x]] of entries.entries()) {
    const node = nodes.get(code);
    const direction = node?.direction ?? 1;
    const m = spec.overrides?.[code] ?? spec;
    const out = block.subarray(k * n, (k + 1) * n);
    if (m.method === 'minmax') {
      columns[code] = minmaxDirected(x, direction, m.range, out);
      continue;
    }
    const refIndex = m.method === 'dist_reference' ? data.units.indexOf(m.reference) : undefined;
    let directed = x;
    if (direction === -1) {
      directed = scratch ??= new Float64Array(n);
      for (let i = 0; i < x.length; i++) directed[i] = -x[i]!;
    }
    columns[code] = normaliseColumn(
      directed,
      m,
      { code, direction, target: node?.target ?? null, ...(refIndex !== undefined ? { refIndex } : {}) },
      out,
    );
  }
  return { units: data.units, columns };
}
