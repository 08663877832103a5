import { readFileSync } from 'node:fs';

/** Ticks each CPU has spent busy and in all, from /proc/stat (Linux); empty elsewhere. */
export function cpuTicks(): Map<number, { busy: number; total: number }> {
  const out = new Map<number, { busy: number; total: number }>();
  try {
    for (const line of readFileSync('/proc/stat', 'utf8').split('\n')) {
      const m = /^cpu(\d+)\s+(.*)$/.exec(line);
      if (!m) continue;
      // user nice system idle iowait irq softirq steal (guest time is already counted in user)
      const f = m[2]!.split(/\s+/).slice(0, 8).map(Number);
      const total = f.reduce((a, b) => a + b, 0);
      out.set(Number(m[1]), { busy: total - f[3]! - f[4]!, total });
    }
  } catch {
    // not Linux: no figures
  }
  return out;
}

/** The share (0–1) of its time `cpu` was busy between two readings of cpuTicks; NaN when unknown. */
export function busyShare(
  before: ReturnType<typeof cpuTicks>,
  after: ReturnType<typeof cpuTicks>,
  cpu: number,
): number {
  const a = before.get(cpu);
  const b = after.get(cpu);
  return a && b && b.total > a.total ? (b.busy - a.busy) / (b.total - a.total) : NaN;
}
