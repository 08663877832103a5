// Web worker: Monte Carlo and Sobol analysis of the index with the engine, off the main thread.
import { parseSpec } from '../../../src/engine/spec';
import { monteCarloSample, replicate, summarise } from '../../../src/engine/uncertainty/monte-carlo';
import { createReplicator } from '../../../src/engine/uncertainty/replicator';
import { meanAbsRankShift } from '../../../src/engine/uncertainty/sensitivity';
import { saltelliSample, sobolWithBootstrap } from '../../../src/engine/uncertainty/sobol';
import { toInput, type InputPayload } from './engine-client';

self.onmessage = (e: MessageEvent<{ payload: InputPayload; runs: number; sobolN: number; seed: number }>) => {
  const { payload, runs, sobolN, seed } = e.data;
  const input = toInput(payload);
  const spec = parseSpec(payload.spec);
  const design = payload.design;
  const nominal = createReplicator(input)(spec);
  const mc = replicate(input, spec, design, monteCarloSample(runs, design.factors.length, seed));
  const uncertainty = summarise(input, spec, design, { runs, seed }, nominal, mc.results, mc.failures);
  const { points } = saltelliSample(sobolN, design.factors.length, seed);
  const sa = replicate(input, spec, design, points);
  const y = Float64Array.from(sa.results, (r) => (r ? meanAbsRankShift(r, nominal) : NaN));
  const s = sobolWithBootstrap(y, sobolN, design.factors.length, { bootstrap: 200, seed: seed + 1 });
  self.postMessage({
    uncertainty,
    sobol: design.factors.map((f, i) => ({
      name: f.name,
      first: s.first[i],
      firstCI: s.firstCI[i],
      total: s.total[i],
      totalCI: s.totalCI[i],
    })),
    runs: runs + points.length,
  });
};
