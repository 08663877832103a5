// SYNTHETIC data for the scaling bench only: generated here from a seeded PRNG, never shipped or shown as real.
import type { Framework, FrameworkNode } from '../../src/engine/framework.js';
import type { IndexInput } from '../../src/engine/index-input.js';
import type { IndexSpecInput } from '../../src/engine/spec.js';
import { mulberry32 } from '../../src/engine/random/mulberry32.js';

export const INDICATORS = 50;
export const PILLARS = 10;
export const GROUPS = 8;

/** The spec of the series: every step does work (denominate, group impute, screen, winsorise/log_CT, min-max). */
export const SCALING_SPEC: IndexSpecInput = {
  denominate: { method: 'metadata' },
  impute: { method: 'mean_group', group: 'Group' },
  screen: { by: 'na', threshold: 0.5 },
  treat: { method: 'winsorise', winmax: 5, skew: 2, kurtosis: 3.5, fallback: 'log_ct' },
  normalise: { method: 'minmax', range: [0, 100] },
  aggregate: { method: 'arithmetic' },
};

/**
 * SYNTHETIC: n units × 50 indicators → 10 pillars → index. Indicators 1–35 roughly normal, 36–45 normal with three
 * extreme points (fixed by winsorisation), 46–50 log-normal (winsorisation fails, log_CT applies); every fifth
 * indicator has direction −1, indicators 1–5 are divided by a denominator; about 1 % of values are missing.
 */
export function syntheticInput(n: number, seed = 1): IndexInput {
  const rand = mulberry32(seed);
  const normal = () => rand() + rand() + rand() + rand() - 2;
  const units = Array.from({ length: n }, (_, i) => `U${i}`);
  const nodes: FrameworkNode[] = [];
  const columns: Record<string, Float64Array> = {};
  for (let j = 0; j < INDICATORS; j++) {
    const code = `I${j + 1}`;
    nodes.push({
      code,
      name: `synthetic indicator ${j + 1}`,
      level: 1,
      parent: `P${Math.floor(j / (INDICATORS / PILLARS)) + 1}`,
      weight: 1 + (j % 3),
      direction: j % 5 === 4 ? -1 : 1,
      type: 'indicator',
      denominator: j < 5 ? 'Pop' : null,
    });
    const x = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      if (rand() < 0.01) x[i] = NaN;
      else if (j >= 45) x[i] = Math.exp(1.5 * normal());
      else x[i] = 50 + 10 * normal();
    }
    if (j >= 35 && j < 45) for (let k = 0; k < 3 && k < n; k++) x[Math.floor(rand() * n)] = 1e4 * (k + 1);
    columns[code] = x;
  }
  for (let p = 0; p < PILLARS; p++)
    nodes.push({
      code: `P${p + 1}`,
      name: `synthetic pillar ${p + 1}`,
      level: 2,
      parent: 'Index',
      weight: 1 + (p % 2),
      direction: 1,
      type: 'aggregate',
    });
  nodes.push({
    code: 'Index',
    name: 'synthetic index',
    level: 3,
    parent: null,
    weight: 1,
    direction: 1,
    type: 'aggregate',
  });
  const pop = new Float64Array(n);
  for (let i = 0; i < n; i++) pop[i] = 1e5 + 1e6 * rand();
  const group = units.map((_, i) => `G${i % GROUPS}`);
  const framework: Framework = { nodes };
  return { data: { units, columns }, groups: { Group: group }, denominators: { Pop: pop }, framework };
}
