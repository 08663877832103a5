import type { IndexInput } from '../../src/engine/index-input.js';

/**
 * The floor: the scaling series' steps (metadata denominators, group-mean imputation, screening by availability,
 * JRC skew/kurtosis rule with COINr's winsorisation and log_CT fallback, min-max 0–100, weighted arithmetic means
 * up a 3-level framework) as plain loops over Float64Arrays, with no records kept. Written for this bench only, to
 * tell how far the engine is from what straightforward code costs; returns the index column.
 */
export function tightLoopIndex(input: IndexInput, winmax = 5): { units: number; index: Float64Array } {
  const nodes = input.framework.nodes;
  const inds = nodes.filter((x) => x.type === 'indicator');
  const n = input.data.units.length;
  const labels = input.groups.Group!;
  const gid = new Int32Array(n);
  const ids = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const l = labels[i]!;
    let g = ids.get(l);
    if (g === undefined) ids.set(l, (g = ids.size));
    gid[i] = g;
  }
  const ng = ids.size;
  const cols: Float64Array[] = [];
  const sum = new Float64Array(ng);
  const cnt = new Float64Array(ng);
  for (const node of inds) {
    const src = input.data.columns[node.code]!;
    const y = new Float64Array(n);
    const d = node.denominator ? input.denominators[node.denominator]! : null;
    sum.fill(0);
    cnt.fill(0);
    for (let i = 0; i < n; i++) {
      const v = d ? src[i]! / d[i]! : src[i]!;
      y[i] = v;
      if (v === v) {
        sum[gid[i]!] = sum[gid[i]!]! + v;
        cnt[gid[i]!] = cnt[gid[i]!]! + 1;
      }
    }
    for (let i = 0; i < n; i++) if (y[i] !== y[i]) y[i] = sum[gid[i]!]! / cnt[gid[i]!]!;
    cols.push(y);
  }
  // Screening: with at most 50 % missing a unit stays (the series keeps every unit after imputation).
  const keep = new Uint8Array(n);
  let kept = 0;
  for (let i = 0; i < n; i++) {
    let a = 0;
    for (const c of cols) if (c[i] === c[i]) a++;
    if (a / cols.length >= 0.5) {
      keep[i] = 1;
      kept++;
    }
  }
  if (kept !== n) throw new Error('tightLoopIndex: the series expects no unit screened out');
  const norm: Float64Array[] = [];
  inds.forEach((node, j) => {
    const x = treatColumn(cols[j]!, winmax);
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < n; i++) {
      const v = x[i]! * node.direction;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) y[i] = ((x[i]! * node.direction - min) / (max - min)) * 100;
    norm.push(y);
  });
  const byCode = new Map<string, Float64Array>(inds.map((node, j) => [node.code, norm[j]!]));
  for (let level = 2; level <= 3; level++)
    for (const agg of nodes.filter((x) => x.level === level)) {
      const kids = nodes.filter((x) => x.parent === agg.code);
      const kc = kids.map((k) => byCode.get(k.code)!);
      const y = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        let sw = 0;
        for (let k = 0; k < kc.length; k++) if (kc[k]![i] === kc[k]![i]) sw += kids[k]!.weight;
        let s = 0;
        for (let k = 0; k < kc.length; k++) {
          const v = kc[k]![i]!;
          if (v === v) s += (kids[k]!.weight / sw) * v;
        }
        y[i] = sw === 0 ? NaN : s;
      }
      byCode.set(agg.code, y);
    }
  return { units: kept, index: byCode.get('Index')! };
}

function moments(x: Float64Array): { skew: number; kurt: number } {
  const n = x.length;
  let s = 0;
  for (let i = 0; i < n; i++) s += x[i]!;
  const mean = s / n;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (let i = 0; i < n; i++) {
    const d = x[i]! - mean;
    const d2 = d * d;
    m2 += d2;
    m3 += d2 * d;
    m4 += d2 * d2;
  }
  const g = (Math.sqrt(n) * m3) / m2 ** 1.5;
  const r = (n * m4) / (m2 * m2);
  return {
    skew: (g * Math.sqrt(n * (n - 1))) / (n - 2),
    kurt: (((n + 1) * (r - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3)),
  };
}

const passes = (m: { skew: number; kurt: number }) => Math.abs(m.skew) < 2 || m.kurt < 3.5;

/** The JRC rule, COINr's winsorisation (ties together, up to winmax points), else log_CT of the original values. */
function treatColumn(x: Float64Array, winmax: number): Float64Array {
  let m = moments(x);
  if (passes(m)) return x;
  const n = x.length;
  const y = Float64Array.from(x);
  // Points at each extreme after its last round (previously winsorised points tie with the new extreme).
  let atHi = 0;
  let atLo = 0;
  while (!passes(m) && atHi + atLo < winmax) {
    const hi = m.skew >= 0;
    let ext = hi ? -Infinity : Infinity;
    for (let i = 0; i < n; i++) if (hi ? y[i]! > ext : y[i]! < ext) ext = y[i]!;
    let next = hi ? -Infinity : Infinity;
    let count = 0;
    for (let i = 0; i < n; i++) {
      const v = y[i]!;
      if (v === ext) count++;
      else if (hi ? v > next : v < next) next = v;
    }
    for (let i = 0; i < n; i++) if (y[i] === ext) y[i] = next;
    if (hi) atHi = count;
    else atLo = count;
    m = moments(y);
  }
  if (passes(m)) return y;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    if (x[i]! < min) min = x[i]!;
    if (x[i]! > max) max = x[i]!;
  }
  for (let i = 0; i < n; i++) y[i] = Math.log(x[i]! - min + 0.01 * (max - min));
  return y;
}
