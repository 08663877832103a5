import { availableParallelism } from 'node:os';
import { ParadipError } from '../errors/paradip-error.js';

/**
 * How the server protects itself from heavy requests (each settable by an environment variable; the README's
 * table lists them):
 * - workers: threads for heavy work (an index for a posted spec, uncertainty, sensitivity, reports), so the event
 *   loop keeps serving; by default one core is left to the event loop
 * - timeBudgetMs: the longest a heavy request may take, queueing included; past it the answer is 503 with
 *   Retry-After
 * - queue: heavy requests waiting for a worker at most; more are refused with 503
 * - heavyPerMinute: heavy requests per client address and minute (429 beyond)
 * - maxEventLoopDelayMs: event-loop delay past which every request is refused with 503 (load shedding); 0 = off
 * - maxRssMb: resident memory past which every request is refused with 503; 0 = off
 * - workerNice: how much lower the workers' CPU priority is (Linux nice): 10 by default, so the event loop's thread
 *   is served first when heavy work and requests compete for the cores; 0 gives heavy work an equal share (on a
 *   machine busy with other processes a low priority can push heavy requests past their budget)
 */
export interface ServerLimits {
  workers: number;
  timeBudgetMs: number;
  queue: number;
  heavyPerMinute: number;
  maxEventLoopDelayMs: number;
  maxRssMb: number;
  workerNice: number;
}

const ENV: Record<keyof ServerLimits, [name: string, min: number, fallback: () => number]> = {
  workers: ['PARADIP_WORKERS', 1, () => Math.max(1, availableParallelism() - 1)],
  timeBudgetMs: ['PARADIP_TIME_BUDGET_MS', 100, () => 20_000],
  queue: ['PARADIP_HEAVY_QUEUE', 0, () => 16],
  heavyPerMinute: ['PARADIP_HEAVY_PER_MINUTE', 1, () => 120],
  maxEventLoopDelayMs: ['PARADIP_MAX_EVENT_LOOP_DELAY_MS', 0, () => 1000],
  maxRssMb: ['PARADIP_MAX_RSS_MB', 0, () => 0],
  workerNice: ['PARADIP_WORKER_NICE', 0, () => 10],
};

/** The limits in force: those given, else the environment's, else the defaults. A bad value is a usage error. */
export function serverLimits(
  given: Partial<ServerLimits> = {},
  env: NodeJS.ProcessEnv = process.env,
): ServerLimits {
  const out = {} as ServerLimits;
  for (const [key, [name, min, fallback]] of Object.entries(ENV) as [
    keyof ServerLimits,
    (typeof ENV)[keyof ServerLimits],
  ][]) {
    const raw = env[name];
    const v = given[key] ?? (raw === undefined || raw === '' ? fallback() : Number(raw));
    if (!Number.isSafeInteger(v) || v < min)
      throw new ParadipError(
        'usage',
        `${name}: expected a whole number ≥ ${min}, got ${JSON.stringify(given[key] ?? raw)}`,
        {
          variable: name,
          value: given[key] ?? raw,
        },
      );
    out[key] = v;
  }
  return out;
}
