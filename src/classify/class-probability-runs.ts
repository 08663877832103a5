/**
 * The Monte Carlo configuration behind class probabilities. One setting for the CLI, the API, exports and
 * reports, so that `classify explain`, a PDF report and the dashboard give a region the same probabilities.
 */
export const CLASS_PROBABILITY_RUNS = {
  runs: 500,
  seed: 1,
  /** Poisson bootstrap replicates over the ties (about 30–50 ms each). */
  bootstrap: 50,
} as const;

/** "500 Monte Carlo runs, seed 1", said with every probability shown. */
export function monteCarloLabel(mc: { runs: number; seed: number }, lang: 'en' | 'ru'): string {
  return lang === 'ru'
    ? `${mc.runs} прогонов Монте-Карло, зерно ${mc.seed}`
    : `${mc.runs} Monte Carlo runs, seed ${mc.seed}`;
}
