import { openSnapshot } from './src/cli/open-store.js';
import { regionalScores } from './src/regional/regional-scores.js';
import { DEFAULT_SPEC_PATH, readSpecFile } from './src/config/read-spec.js';
import { regionTags } from './src/classify/tags.js';
import { readTypologyFile } from './src/config/config-files.js';
import { median } from './src/engine/stats/median.js';
const s = await openSnapshot(process.env.PARADIP_DB!, () => {});
const ty = readTypologyFile();
const tags = regionTags(s, 'all', { arctic: ty.tags.arctic.regions, megacityPopulation: ty.tags.megacity_population, custom: {} });
const r = regionalScores(s, 'all', readSpecFile(DEFAULT_SPEC_PATH()));
const act = r.indices.activity;
const units = act.input.data.units;
const agg = act.result.steps.Aggregated.columns;
const raw = act.input.data.columns;
for (const tag of ['border', 'ethnic_republic']) {
  const ok = units.map((u, i) => Number.isFinite(agg.index![i]!));
  const inG = units.map((u, i) => ok[i] && tags.get(u)?.[tag]);
  const outG = units.map((u, i) => ok[i] && !tags.get(u)?.[tag]);
  console.log(tag, units.filter((u, i) => inG[i]).join(' '));
  for (const k of Object.keys(agg)) {
    const a = agg[k]!.filter((_, i) => inG[i] && Number.isFinite(agg[k]![i]!));
    const b = agg[k]!.filter((_, i) => outG[i] && Number.isFinite(agg[k]![i]!));
    console.log('  ', k, median([...a]).toFixed(1), 'vs', median([...b]).toFixed(1));
  }
}
