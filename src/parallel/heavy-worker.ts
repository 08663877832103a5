// Worker thread of the server's pool (piscina): does one heavy task on the snapshot it was sent (see heavy-pool.ts).
import { deserialize } from 'node:v8';
import { workerData } from 'node:worker_threads';
import type { Topology } from 'topojson-specification';
import { readRegionTopology } from '../dataset/region-topology.js';
import { classifyError } from '../errors/error-kinds.js';
import type { ErrorKind } from '../errors/paradip-error.js';
import type { Snapshot } from '../query/snapshot.js';
import { runHeavyTask, type HeavyTask } from './heavy-task.js';

/** The store in memory, serialised once per version into shared memory that every worker reads without a copy. */
export interface SharedSnapshot {
  version: number;
  bytes: SharedArrayBuffer;
}

export interface HeavyRequest {
  snapshot: SharedSnapshot;
  task: HeavyTask;
  dataDir: string;
}

/** Errors cross threads as data: a structured clone would drop their kind and details. */
export type HeavyReply =
  | { ok: true; value: unknown }
  | { ok: false; kind: ErrorKind; message: string; details: Record<string, unknown> | null; stack?: string };

let held: { version: number; snapshot: Snapshot } | undefined = hold(
  workerData as SharedSnapshot | undefined,
);

function hold(shared: SharedSnapshot | undefined) {
  return (
    shared && { version: shared.version, snapshot: deserialize(new Uint8Array(shared.bytes)) as Snapshot }
  );
}
let topology: Topology | undefined;

export default function heavyWorker(req: HeavyRequest): HeavyReply {
  if (held?.version !== req.snapshot.version) held = hold(req.snapshot)!;
  try {
    return {
      ok: true,
      value: runHeavyTask(held.snapshot, req.task, () => (topology ??= readRegionTopology(req.dataDir))),
    };
  } catch (err) {
    const e = classifyError(err);
    return { ok: false, kind: e.kind, message: e.message, details: e.details, stack: (err as Error)?.stack };
  }
}
