import { readFileSync } from 'node:fs';

/**
 * CPU time (ms) a process has used so far in user and in system (kernel) mode, from /proc (Linux, 10 ms ticks);
 * NaN elsewhere. On a shared machine the server's CPU time per request is its own cost, which the wall-clock rate
 * is not; the system part is mostly the socket writes, which no change to the server's code reduces.
 */
export function processCpuTimes(pid: number): { user: number; system: number } {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return { user: Number(fields[11]) * 10, system: Number(fields[12]) * 10 }; // utime, stime: fields 14, 15 of stat(5)
  } catch {
    return { user: NaN, system: NaN };
  }
}

/** User + system CPU time (ms) a process has used so far. */
export function processCpuMs(pid: number): number {
  const t = processCpuTimes(pid);
  return t.user + t.system;
}
