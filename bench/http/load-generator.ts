import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import autocannon from 'autocannon';
import { pinnedCommand, pinSelf, type Pinning } from './cpu-pinning.js';

/** What one load run measured. */
export interface Load {
  rate: number;
  p50: number;
  p99: number;
  requests: number;
  /** Non-2xx answers and socket errors. */
  errors: number;
}

export interface LoadGenerator {
  name: string;
  /** 10 connections for `seconds`, accepting gzip. */
  run(url: string, seconds: number): Promise<Load>;
}

const CONNECTIONS = 10;

/**
 * The load generator: `wrk` (C, one thread) when installed, as it needs a fraction of the CPU autocannon does
 * (autocannon, in this bench's own Node process, capped every figure near 3,500 req/s on two cores, a bare
 * node:http server included); else autocannon. PARADIP_BENCH_GENERATOR=autocannon forces autocannon.
 */
export function loadGenerator(pinning: Pinning): LoadGenerator {
  const wanted = process.env.PARADIP_BENCH_GENERATOR;
  const version = wanted === 'autocannon' ? '' : wrkVersion();
  if (version) {
    const cpu = pinning.generatorCpu === undefined ? '' : `, pinned to CPU ${pinning.generatorCpu}`;
    return { name: `${version} (1 thread${cpu})`, run: (url, s) => wrk(url, s, pinning) };
  }
  const cpu = pinning.generatorCpu === undefined ? '' : `, its process pinned to CPU ${pinning.generatorCpu}`;
  return {
    name: `autocannon (in the bench's Node process${cpu}${wanted ? '' : '; install wrk for a lighter generator'})`,
    run: (url, s) => viaAutocannon(url, s, pinning),
  };
}

function wrkVersion(): string {
  const r = spawnSync('wrk', ['-v'], { encoding: 'utf8' });
  if (r.error) return '';
  // "wrk debian/4.1.0-3+b2 [epoll] Copyright …"
  const m = /^wrk\s+(\S+)/.exec(r.stdout + r.stderr);
  return m ? `wrk ${m[1]!.replace(/^debian\//, '')}` : 'wrk';
}

async function wrk(url: string, seconds: number, pinning: Pinning): Promise<Load> {
  const [cmd, ...args] = pinnedCommand(pinning.generatorCpu, [
    'wrk',
    '-t1',
    `-c${CONNECTIONS}`,
    `-d${seconds}s`,
    '--latency',
    '-H',
    'Accept-Encoding: gzip',
    url,
  ]);
  const { stdout } = await promisify(execFile)(cmd!, args, { encoding: 'utf8' });
  return parseWrk(stdout);
}

/** Milliseconds from one of wrk's durations ("812.00us", "1.17ms", "2.01s", "1.00m"). */
function ms(text: string): number {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(text);
  if (!m) throw new Error(`bench: cannot read wrk's duration "${text}"`);
  return Number(m[1]) * { us: 1e-3, ms: 1, s: 1e3, m: 6e4 }[m[2] as 'us' | 'ms' | 's' | 'm'];
}

/** The figures of `wrk --latency` output. */
export function parseWrk(out: string): Load {
  const pct = (p: string) => {
    const m = new RegExp(`^\\s*${p}%\\s+(\\S+)`, 'm').exec(out);
    if (!m) throw new Error(`bench: no ${p}% latency in wrk's output:\n${out}`);
    return ms(m[1]!);
  };
  const requests = Number(/^\s*(\d+) requests in/m.exec(out)?.[1] ?? NaN);
  const non2xx = Number(/Non-2xx or 3xx responses:\s*(\d+)/.exec(out)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const socketErrors = socket ? socket.slice(1).reduce((a, b) => a + Number(b), 0) : 0;
  return {
    rate: Number(/Requests\/sec:\s*([\d.]+)/.exec(out)?.[1] ?? NaN),
    p50: pct('50'),
    p99: pct('99'),
    requests,
    errors: non2xx + socketErrors,
  };
}

async function viaAutocannon(url: string, seconds: number, pinning: Pinning): Promise<Load> {
  const restore = pinSelf(pinning.generatorCpu);
  try {
    const r = await autocannon({
      url,
      connections: CONNECTIONS,
      duration: seconds,
      headers: { 'accept-encoding': 'gzip' },
    });
    return {
      rate: r.requests.average,
      p50: r.latency.p50,
      p99: r.latency.p99,
      requests: r.requests.total,
      errors: r.errors + r.non2xx,
    };
  } finally {
    restore();
  }
}
