import { reweightTies, TIE_DERIVED } from '../dataset/reweight-ties.js';
import { mulberry32 } from '../engine/random/mulberry32.js';
import { isSampledTie } from '../query/tie-coverage.js';
import type { Snapshot } from '../query/snapshot.js';
import type { ObservationRow, TieRow } from '../store/rows.js';

/** Observations paradip derives from the bundled data rather than reads from a source. */
const DERIVED = 'derived';

/** Poisson(1) draws (Knuth's method): the multiplicity of a tie in one Poisson bootstrap replicate. */
function poissonOne(rand: () => number): number {
  const limit = Math.exp(-1);
  let k = 0;
  let p = rand();
  while (p > limit) {
    k++;
    p *= rand();
  }
  return k;
}

/**
 * `b` Poisson bootstrap replicates of the store over the sampled ties: each tie is drawn k ~ Poisson(1) times
 * (its weight; 0 drops it) and the tie-derived indicators follow. Seeded: the same seed gives the same replicates.
 * Land borders and federal ties keep their weight. Lazy, so only one replicate is held at a time.
 */
export function* tieBootstrap(s: Snapshot, b: number, seed: number): Generator<Snapshot> {
  const rand = mulberry32(seed ^ 0x5bd1e995);
  for (let i = 0; i < b; i++) {
    const w = new Map<TieRow, number>();
    for (const t of s.ties) if (isSampledTie(t)) w.set(t, poissonOne(rand));
    yield reweightTies(s, (t) => w.get(t) ?? t.weight ?? 1, `bootstrap ${i + 1}`);
  }
}

/**
 * Population is what every per-capita indicator divides by: it is never left out. Only the population counts —
 * `population_internet_pct` is an indicator like any other.
 */
const isDenominator = (indicator: string): boolean => /^population(_thou|_m)?$/.test(indicator);

/** "RSY 2023, t. 12.22, row 39 (…)" → ["12.22"]: the tables an observation's reference cites. */
function tablesOf(ref: string | null): string[] {
  return [...(ref ?? '').matchAll(/\bt\.\s?(\d+(?:\.\d+)*)/g)].map((m) => m[1]!);
}

/**
 * The unit a leave-one-out run drops, for each (source, indicator) of the observations. A source whose references
 * cite tables (the Rosstat yearbook: "RSY 2023, t. 12.22, row 39") is split by table: the indicators of one table
 * leave together, and a table renumbered between editions (GRP: 12.19 in 2022, 12.22 in 2023) is one unit — tables
 * one indicator cites in different editions are joined — named "ru-rosstat-yearbook t. 12.19/12.22". Other sources
 * leave whole.
 */
function observationUnits(s: Snapshot): Map<string, string> {
  const tables = new Map<string, Set<string>>();
  // Union-find over "source\ttable": the tables one indicator cites belong together.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const o of s.observations) {
    const key = `${o.source_id}\t${o.indicator_id}`;
    let set = tables.get(key);
    if (!set) tables.set(key, (set = new Set()));
    for (const t of tablesOf(o.source_ref)) {
      const node = `${o.source_id}\t${t}`;
      if (!parent.has(node)) parent.set(node, node);
      set.add(node);
    }
  }
  for (const set of tables.values()) {
    const [first, ...rest] = set;
    for (const x of rest) parent.set(find(x), find(first!));
  }
  const members = new Map<string, string[]>();
  for (const node of parent.keys()) {
    const root = find(node);
    members.set(root, [...(members.get(root) ?? []), node.slice(node.indexOf('\t') + 1)]);
  }
  const byTable = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
  return new Map(
    [...tables].map(([key, set]) => {
      const source = key.slice(0, key.indexOf('\t'));
      const [any] = set;
      return [key, any ? `${source} t. ${members.get(find(any))!.sort(byTable).join('/')}` : source];
    }),
  );
}

/** Whether an observation is kept in every leave-one-out run (derived, tie-derived or a denominator). */
const alwaysKept = (o: ObservationRow): boolean =>
  o.source_id === DERIVED || TIE_DERIVED.has(o.indicator_id) || isDenominator(o.indicator_id);

/**
 * What a leave-one-out run drops in turn: each source of sampled ties, and each source of observations — split by
 * table where its references cite tables (each Rosstat table separately; see `observationUnits`).
 */
export function droppableSources(s: Snapshot): string[] {
  const ids = new Set<string>();
  for (const t of s.ties) if (isSampledTie(t)) ids.add(t.source_id);
  const units = observationUnits(s);
  for (const o of s.observations)
    if (!alwaysKept(o)) ids.add(units.get(`${o.source_id}\t${o.indicator_id}`)!);
  return [...ids].sort();
}

/**
 * The store without one unit of `droppableSources`: a source's ties dropped (tie-derived indicators recomputed), and
 * its observations — or one table's — removed, except population, which every per-capita indicator divides by.
 */
export function withoutSource(s: Snapshot, unit: string): Snapshot {
  const r = reweightTies(s, (t) => (t.source_id === unit ? 0 : (t.weight ?? 1)), `without ${unit}`);
  const units = observationUnits(s);
  return {
    ...r,
    observations: r.observations.filter(
      (o) => alwaysKept(o) || units.get(`${o.source_id}\t${o.indicator_id}`) !== unit,
    ),
  };
}
