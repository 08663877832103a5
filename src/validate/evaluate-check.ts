import { median } from '../engine/stats/median.js';
import type { Check } from './expectations.js';
import type { ModelView } from './model-view.js';
import { rankBiserial } from './rank-biserial.js';

export type Status = 'pass' | 'fail' | 'not_evaluated';

export interface Outcome {
  status: Status;
  /** What the model says, in one line. */
  model: string;
  /** For a failure (or a check that cannot run): what in the data or the model makes it so. */
  explanation: string | null;
}

const fmt = (x: number, d = 1) => x.toFixed(d);
const pass = (ok: boolean, model: string, explanation: string | null = null): Outcome =>
  ok ? { status: 'pass', model, explanation: null } : { status: 'fail', model, explanation };

function borderKm(v: ModelView, region: string, country: string): number | null {
  const t = v.ties.filter(
    (x) => x.type === 'border' && x.region_iso === region && x.country_iso2 === country,
  );
  return t.length ? t.reduce((s, x) => s + (x.value ?? 0), 0) : null;
}

/** Regions by descending score of an index: region → rank (1 = highest; equal scores share the better rank). */
function ranks(scores: Map<string, number>): Map<string, number> {
  const sorted = [...scores].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const out = new Map<string, number>();
  sorted.forEach(([r, x], i) =>
    out.set(r, i > 0 && sorted[i - 1]![1] === x ? out.get(sorted[i - 1]![0])! : i + 1),
  );
  return out;
}

/** Ranks of a column (1 = highest), for the breakdown of a failure. */
const rankOf = (m: Map<string, number>, region: string): number | null =>
  m.has(region) ? [...m.values()].filter((x) => x > m.get(region)!).length + 1 : null;

/** "Economic ties 30.7 (rank 23 of 85), …; lowest indicators: consular posts 0.0 (value 0), …" for one region. */
function regionBreakdown(v: ModelView, index: string, region: string): string {
  const b = v.breakdown?.[index];
  if (!b) return '';
  const pillars = b.pillars
    .map((p) => {
      const m = b.scores.get(p.code) ?? new Map<string, number>();
      const x = m.get(region);
      return x === undefined ? `${p.name} —` : `${p.name} ${fmt(x)} (rank ${rankOf(m, region)} of ${m.size})`;
    })
    .join(', ');
  const lowest = b.indicators
    .map((i) => ({ ...i, score: b.scores.get(i.code)?.get(region), raw: b.raw.get(i.code)?.get(region) }))
    .filter((i) => i.score !== undefined)
    .sort((x, y) => x.score! - y.score!)
    .slice(0, 2)
    .map(
      (i) =>
        `${i.name} ${fmt(i.score!)} (value ${i.raw === undefined ? '—' : +i.raw.toPrecision(4)}${i.unit ? ` ${i.unit}` : ''})`,
    )
    .join(', ');
  return ` Its pillars: ${pillars}; its lowest indicator scores: ${lowest}.`;
}

/** Group against the others on each pillar, the indicator with the widest gap and the group's lowest members. */
function groupBreakdown(v: ModelView, index: string, inGroup: (r: string) => boolean): string {
  const b = v.breakdown?.[index];
  if (!b) return '';
  const split = (m: Map<string, number>) => {
    const a: number[] = [];
    const o: number[] = [];
    for (const [r, x] of m) (inGroup(r) ? a : o).push(x);
    return a.length && o.length ? ([median(a), median(o)] as const) : null;
  };
  const pillars = b.pillars
    .map((p) => [p.name, split(b.scores.get(p.code) ?? new Map())] as const)
    .filter(([, s]) => s)
    .map(([name, s]) => `${name} ${fmt(s![0])} vs ${fmt(s![1])}`)
    .join(', ');
  const indicators = b.indicators
    .map((i) => ({ name: i.name, s: split(b.scores.get(i.code) ?? new Map()) }))
    .filter((i) => i.s);
  const widest = [...indicators].sort((x, y) => x.s![0] - x.s![1] - (y.s![0] - y.s![1]))[0];
  const byIndicator = indicators.map((i) => `${i.name} ${fmt(i.s![0])} vs ${fmt(i.s![1])}`).join(', ');
  const scores = v.indices[index]!;
  const lowest = [...scores]
    .filter(([r]) => inGroup(r))
    .sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]))
    .slice(0, 6)
    .map(([r, x]) => `${v.regionNames.get(r) ?? r} ${fmt(x)}`)
    .join(', ');
  return ` Medians, the group against the others, by pillar: ${pillars}; by indicator: ${byIndicator}${widest ? ` (the widest gap: ${widest.name})` : ''}. Lowest members: ${lowest}.`;
}

const missingIndex = (index: string): Outcome => ({
  status: 'not_evaluated',
  model: `no "${index}" index in this model`,
  explanation: `The check reads the "${index}" index, which this version of the model does not build.`,
});

/** Evaluate one check against the model. Pure: the same view gives the same outcome. */
export function evaluateCheck(c: Check, v: ModelView): Outcome {
  const name = (r: string) => v.regionNames.get(r) ?? r;
  switch (c.kind) {
    case 'land_border': {
      const km = c.region.map((r) => [r, borderKm(v, r, c.country)] as const);
      const missing = km.filter(([, k]) => k === null).map(([r]) => r);
      const model = km
        .map(([r, k]) => `${name(r)}: ${k === null ? 'no land border' : `${fmt(k)} km`} with ${c.country}`)
        .join('; ');
      return pass(
        missing.length === 0,
        model,
        missing
          .map((r) => {
            const other = v.ties
              .filter((t) => t.type === 'border' && t.region_iso === r)
              .map((t) => t.country_iso2);
            return `${name(r)} has no border segment with ${c.country} in the geometry-derived borders (docs/borders.md); its land borders: ${other.join(', ') || 'none'}.`;
          })
          .join(' '),
      );
    }
    case 'longest_border': {
      const all = [...new Set(v.ties.filter((t) => t.type === 'border' && t.country_iso2 === c.country))]
        .map((t) => t.region_iso!)
        .filter((r, i, a) => a.indexOf(r) === i)
        .map((r) => [r, borderKm(v, r, c.country)!] as const)
        .sort((a, b) => b[1] - a[1]);
      const model = all
        .slice(0, 3)
        .map(([r, k]) => `${name(r)} ${fmt(k, 0)} km`)
        .join(', ');
      return pass(
        all[0]?.[0] === c.region,
        `longest borders with ${c.country}: ${model || 'none'}`,
        `In the derived geometry ${all[0] ? name(all[0][0]) : 'no region'} has the longest border with ${c.country}.`,
      );
    }
    case 'border_length': {
      const k = borderKm(v, c.region, c.country);
      if (k === null)
        return pass(
          false,
          `no land border with ${c.country}`,
          `${name(c.region)} has no border segment with ${c.country} in the derived geometry.`,
        );
      const rel = (k - c.km) / c.km;
      return pass(
        Math.abs(rel) <= c.tolerance,
        `${fmt(k)} km against ${c.km} km published (${rel >= 0 ? '+' : ''}${fmt(rel * 100, 0)} %)`,
        `The model measures ${fmt(k)} km along the shared boundary of the bundled 1:10m region polygons and 1:50m country polygons; the published length is ${c.km} km.`,
      );
    }
    case 'sea_neighbour': {
      const results = c.region.map((r) => {
        const tieTypes = v.ties
          .filter((t) => t.region_iso === r && t.country_iso2 === c.country && /sea/.test(t.type))
          .map((t) => t.type);
        const row = v.crisis(c.country).find((x) => x.region === r);
        const channels = row?.channels.filter((ch) => /sea/.test(ch)) ?? [];
        return { r, ok: tieTypes.length + channels.length > 0, all: row?.channels ?? [] };
      });
      return pass(
        results.every((x) => x.ok),
        results
          .map(
            (x) =>
              `${name(x.r)}: ${x.ok ? 'sea neighbour' : 'no sea channel'} with ${c.country} (channels: ${x.all.join(', ') || 'none'})`,
          )
          .join('; '),
        results
          .filter((x) => !x.ok)
          .map((x) => `The model holds no sea-proximity channel between ${name(x.r)} and ${c.country}.`)
          .join(' '),
      );
    }
    case 'tag_members':
    case 'tag_includes': {
      const tagged = [...v.tags].filter(([, t]) => t[c.tag]).map(([r]) => r);
      const missing = c.regions.filter((r) => !tagged.includes(r));
      const extra = c.kind === 'tag_members' ? tagged.filter((r) => !c.regions.includes(r)) : [];
      return pass(
        missing.length === 0 && extra.length === 0,
        `${c.tag}: ${tagged.length} regions${c.kind === 'tag_includes' ? ` incl. ${c.regions.filter((r) => tagged.includes(r)).join(', ') || 'none of those listed'}` : ''}`,
        [
          missing.length ? `not tagged ${c.tag}: ${missing.join(', ')}.` : '',
          extra.length ? `tagged ${c.tag} but not in the act: ${extra.join(', ')}.` : '',
        ]
          .filter(Boolean)
          .join(' '),
      );
    }
    case 'top_partner': {
      const counts = new Map<string, number>();
      for (const t of v.ties)
        if (t.region_iso === c.region && t.type === c.tie && t.country_iso2)
          counts.set(t.country_iso2, (counts.get(t.country_iso2) ?? 0) + 1);
      const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      const max = sorted[0]?.[1] ?? 0;
      const model = sorted
        .slice(0, 3)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ');
      return pass(
        max > 0 && counts.get(c.country) === max,
        `${c.tie} ties of ${name(c.region)} by country: ${model || 'none'}`,
        sorted.length
          ? `${sorted[0]![0]} has the most ${c.tie} ties with ${name(c.region)} (${max}); ${c.country} has ${counts.get(c.country) ?? 0}.`
          : `The tie sources record no ${c.tie} ties for ${name(c.region)}.`,
      );
    }
    case 'rank_top':
    case 'above_median': {
      const scores = v.indices[c.index];
      if (!scores) return missingIndex(c.index);
      const rk = ranks(scores);
      const r = rk.get(c.region);
      if (r === undefined)
        return pass(
          false,
          `no ${c.index} score`,
          `${name(c.region)} has no ${c.index} score (missing data).`,
        );
      const n = scores.size;
      const limit = c.kind === 'rank_top' ? c.n : Math.floor(n / 2);
      const ahead = [...rk]
        .filter(([, x]) => x <= limit)
        .sort((a, b) => a[1] - b[1])
        .slice(0, 5)
        .map(([u]) => name(u));
      return pass(
        c.kind === 'rank_top' ? r <= c.n : scores.get(c.region)! > median([...scores.values()]),
        `${c.index} rank ${r} of ${n} (score ${fmt(scores.get(c.region)!, 2)})`,
        c.kind === 'rank_top'
          ? `${name(c.region)} ranks ${r}; the top of ${c.index} is led by ${ahead.join(', ')}.${regionBreakdown(v, c.index, c.region)}`
          : `${name(c.region)} scores ${fmt(scores.get(c.region)!, 2)}, median ${fmt(median([...scores.values()]), 2)}.`,
      );
    }
    case 'class_in':
    case 'class_not_in': {
      const got = c.region.map((r) => [r, v.classes.get(r) ?? null] as const);
      const ok = got.every(([, k]) => k !== null && (c.kind === 'class_in') === c.classes.includes(k));
      const label = (k: string | null) => (k === null ? 'not classified' : (v.classNames.get(k) ?? k));
      return pass(
        ok,
        got.map(([r, k]) => `${name(r)}: ${label(k)}`).join('; '),
        got
          .filter(([, k]) => k === null || (c.kind === 'class_in') !== c.classes.includes(k))
          .map(([r, k]) => `${name(r)} is ${label(k)}${v.classWhy.get(r) ? ` (${v.classWhy.get(r)})` : ''}.`)
          .join(' '),
      );
    }
    case 'group_median': {
      const scores = v.indices[c.index];
      if (!scores) return missingIndex(c.index);
      const inG: number[] = [];
      const outG: number[] = [];
      for (const [r, x] of scores) (v.tags.get(r)?.[c.tag] ? inG : outG).push(x);
      if (!inG.length || !outG.length)
        return pass(
          false,
          `no regions ${inG.length ? 'outside' : 'in'} the group "${c.tag}"`,
          'The group comparison needs regions on both sides.',
        );
      const mi = median(inG);
      const mo = median(outG);
      const rb = rankBiserial([...inG, ...outG], [...inG.map(() => true), ...outG.map(() => false)]);
      return pass(
        mi > mo,
        `median ${c.index} ${fmt(mi, 2)} for ${c.tag} (n = ${inG.length}) against ${fmt(mo, 2)} for the others (n = ${outG.length}); rank-biserial r = ${fmt(rb, 2)}`,
        `Regions tagged ${c.tag} have a median ${c.index} of ${fmt(mi, 2)}, not above the others' ${fmt(mo, 2)}.${groupBreakdown(v, c.index, (r) => !!v.tags.get(r)?.[c.tag])}`,
      );
    }
    case 'published_group': {
      const scores = v.indices[c.index];
      if (!scores) return missingIndex(c.index);
      const units = [...scores.keys()];
      const rb = rankBiserial(
        units.map((u) => scores.get(u)!),
        units.map((u) => c.regions.includes(u)),
      );
      const rk = ranks(scores);
      const placed = c.regions
        .map((r) => [r, rk.get(r)] as const)
        .sort((a, b) => (a[1] ?? Infinity) - (b[1] ?? Infinity));
      return pass(
        rb >= c.min,
        `rank-biserial r = ${fmt(rb, 2)} (${c.regions.length} regions of "${c.name}" among ${units.length}); their ${c.index} ranks: ${placed.map(([r, x]) => `${r} ${x ?? '—'}`).join(', ')}`,
        `Members of "${c.name}" rank low on ${c.index}: ${placed
          .filter(([, x]) => x === undefined || x > units.length / 2)
          .map(([r, x]) => `${name(r)} (${x ?? 'no score'})`)
          .join(', ')}.`,
      );
    }
    case 'crisis_top': {
      const rows = v.crisis(c.country);
      const ranked = rows.filter((r) => r.rank !== null).sort((a, b) => a.rank! - b.rank!);
      const got = c.region.map((r) => rows.find((x) => x.region === r));
      const desc = (r: (typeof rows)[number] | undefined, iso: string) =>
        !r || r.rank === null
          ? `${name(iso)}: not ranked`
          : `${name(iso)}: rank ${r.rank} of ${ranked.length} (capacity ${fmt(r.score ?? 0)}; channels ${r.channels.join(', ') || 'none'})`;
      return pass(
        got.every((r) => r?.rank !== null && r?.rank !== undefined && r.rank <= c.k),
        got.map((r, i) => desc(r, c.region[i]!)).join('; '),
        `Ahead for ${c.country}: ${ranked
          .slice(0, c.k)
          .map((r) => `${name(r.region)} (${fmt(r.score ?? 0)}; ${r.channels.join(', ') || 'no channel'})`)
          .join(', ')}.`,
      );
    }
  }
}
