// Web worker: Monte Carlo and Sobol analysis of the index with the engine, off the main thread.
import './no-eval';
import { runUncertainty } from '../../../src/engine/uncertainty/monte-carlo';
import { runSensitivity } from '../../../src/engine/uncertainty/sensitivity';
import { toInput, type InputPayload } from './engine-client';

self.onmessage = (e: MessageEvent<{ payload: InputPayload; runs: number; sobolN: number; seed: number }>) => {
  const { payload, runs, sobolN, seed } = e.data;
  const input = toInput(payload);
  const uncertainty = runUncertainty(input, payload.spec, payload.design, { runs, seed });
  const sensitivity = runSensitivity(input, payload.spec, payload.design, {
    n: sobolN,
    seed,
    bootstrap: 200,
  });
  self.postMessage({ uncertainty, sobol: sensitivity.factors, runs: runs + sensitivity.runs });
};
