import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

/** Which CPU the server under test and the load generator each run on (undefined: wherever the OS puts them). */
export interface Pinning {
  serverCpu?: number;
  generatorCpu?: number;
  /** What was done, for the printed figures. */
  text: string;
}

/**
 * With two or more CPUs and `taskset` (util-linux), the server gets CPU 0 and the generator CPU 1, so the figure is
 * what the server does on one core rather than what is left of two cores after the generator's share (other
 * processes on the machine still share both). PARADIP_BENCH_PIN=0 leaves placement to the OS.
 */
export function cpuPinning(): Pinning {
  if (process.env.PARADIP_BENCH_PIN === '0') return { text: 'not pinned (PARADIP_BENCH_PIN=0)' };
  if (availableParallelism() < 2) return { text: 'not pinned (one CPU)' };
  if (spawnSync('taskset', ['-V']).error) return { text: 'not pinned (no taskset; util-linux)' };
  return { serverCpu: 0, generatorCpu: 1, text: 'server pinned to CPU 0, generator to CPU 1 (taskset)' };
}

/** `command` run on `cpu` when given. */
export function pinnedCommand(cpu: number | undefined, command: string[]): string[] {
  return cpu === undefined ? command : ['taskset', '-c', String(cpu), ...command];
}

/** Pins every thread of this process to `cpu`; returns how to restore the previous affinity. */
export function pinSelf(cpu: number | undefined): () => void {
  if (cpu === undefined) return () => {};
  const before = /affinity list:\s*(\S+)/.exec(
    spawnSync('taskset', ['-a', '-c', '-p', String(process.pid)], { encoding: 'utf8' }).stdout,
  )?.[1];
  spawnSync('taskset', ['-a', '-c', '-p', String(cpu), String(process.pid)]);
  return () => {
    if (before) spawnSync('taskset', ['-a', '-c', '-p', before, String(process.pid)]);
  };
}
