import { serialize } from 'node:v8';
import type { Piscina } from 'piscina';
import { ParadipError } from '../errors/paradip-error.js';
import type { HeavyReply, HeavyRequest, SharedSnapshot } from '../parallel/heavy-worker.js';
import type { HeavyTask } from '../parallel/heavy-task.js';
import { workerModule } from '../parallel/worker-module.js';
import { loadPackage } from '../io/load-package.js';
import type { Snapshot } from '../query/snapshot.js';
import type { ServerLimits } from './server-limits.js';

/**
 * Heavy requests run on a pool of worker threads (piscina), each within the time budget: the event loop only
 * hands work over and sends the answer. The pool starts on the first heavy request, so that the server starts
 * at once. A task over its budget is stopped (its thread is replaced) and answered 503 with Retry-After.
 */
export class HeavyPool {
  private pool: Promise<Piscina> | undefined;
  private readonly shared = new WeakMap<Snapshot, SharedSnapshot>();
  private versions = 0;

  constructor(
    private readonly limits: Pick<ServerLimits, 'workers' | 'timeBudgetMs' | 'queue' | 'workerNice'>,
    private readonly dataDir: string,
  ) {}

  private open(snapshot: Snapshot): Promise<Piscina> {
    return (this.pool ??= Promise.resolve().then(() => {
      const { Piscina } = loadPackage<typeof import('piscina')>('piscina');
      const { filename, execArgv } = workerModule('../parallel/heavy-worker', import.meta.url);
      return new Piscina({
        filename,
        execArgv,
        minThreads: this.limits.workers,
        maxThreads: this.limits.workers,
        maxQueue: this.limits.queue,
        niceIncrement: this.limits.workerNice,
        // Each thread, a replacement for one stopped past its budget too, reads the snapshot as it starts, not
        // inside its first request's budget (on a busy machine that alone could overrun a short budget).
        workerData: this.share(snapshot),
        // A request that needs more memory ends its own thread, not the server.
        resourceLimits: { maxOldGenerationSizeMb: 1024 },
      });
    }));
  }

  /** The snapshot as bytes in shared memory, made once per snapshot (an import makes a new one). */
  private share(snapshot: Snapshot): SharedSnapshot {
    let s = this.shared.get(snapshot);
    if (!s) {
      const b = serialize(snapshot);
      const bytes = new SharedArrayBuffer(b.length);
      new Uint8Array(bytes).set(b);
      s = { version: ++this.versions, bytes };
      this.shared.set(snapshot, s);
    }
    return s;
  }

  async run<T>(snapshot: Snapshot, task: HeavyTask): Promise<T> {
    const budget = this.limits.timeBudgetMs;
    const signal = AbortSignal.timeout(budget);
    const pool = await this.open(snapshot);
    let reply: HeavyReply;
    try {
      const req: HeavyRequest = { snapshot: this.share(snapshot), task, dataDir: this.dataDir };
      reply = (await pool.run(req, { signal })) as HeavyReply;
    } catch (err) {
      if (signal.aborted)
        throw new ParadipError(
          'busy',
          `the request needs more than the server's time budget of ${budget / 1000} s; try again later, or ask for less (fewer runs)`,
          { budget_ms: budget },
        );
      const e = err as NodeJS.ErrnoException;
      // piscina's refusals when its queue is full (or there is none and every thread is busy)
      if (/^(Task queue is at limit|No task queue available)/.test(e.message))
        throw new ParadipError('busy', 'the server is busy with other heavy requests; try again later', {
          queue: this.limits.queue,
        });
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY')
        throw new ParadipError(
          'busy',
          'the request needs more memory than the server gives one request',
          null,
        );
      throw err;
    }
    if (!reply.ok) {
      const e = new ParadipError(reply.kind, reply.message, reply.details);
      if (reply.stack) e.stack = reply.stack;
      throw e;
    }
    return reply.value as T;
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    if (pool) await (await pool).destroy();
  }
}
