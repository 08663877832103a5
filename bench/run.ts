// `npm run bench [-- section…]`: speed and size figures, printed. Targets are discussed in the issues, not asserted
// here. Sections: store, import, engine, scaling, page, cli, index-cli, http, responsive (all by default). The
// 1M-unit points of the scaling series and of index-cli run only with PARADIP_BENCH_1M=1.
import { report } from './measure.js';
import { benchStore } from './store.bench.js';
import { benchImport } from './import.bench.js';
import { benchPage } from './page.bench.js';
import { benchEngine } from './engine.bench.js';
import { benchScaling } from './scaling.bench.js';
import { benchHttp } from './http.bench.js';
import { benchCli } from './cli.bench.js';
import { benchResponsiveness } from './responsiveness.bench.js';
import { benchIndexCli } from './index-cli.bench.js';
import { targetRows } from './targets.js';

const sections: [string, string, () => Promise<[string, string][]> | [string, string][]][] = [
  ['store', 'Store', benchStore],
  ['import', 'Imports (SYNTHETIC long-layout CSV)', benchImport],
  ['engine', 'Index engine (COINr ASEM example)', benchEngine],
  ['scaling', 'Index engine scaling (SYNTHETIC data, engine vs a tight-loop floor)', benchScaling],
  ['page', 'Dashboard', benchPage],
  ['cli', 'CLI query commands (built CLI, fresh process each run)', benchCli],
  ['index-cli', 'CLI index build on SYNTHETIC COINr tables (built CLI, own process)', benchIndexCli],
  ['http', 'HTTP API (loopback)', benchHttp],
  ['responsive', 'HTTP responsiveness under heavy requests (loopback, issue #12)', benchResponsiveness],
];
const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !sections.some(([k]) => k === w));
if (unknown.length) {
  console.error(
    `bench: unknown section ${unknown.join(', ')}; sections: ${sections.map(([k]) => k).join(', ')}`,
  );
  process.exit(2);
}
console.log(`paradip benchmarks — node ${process.version}, ${new Date().toISOString()}`);
for (const [key, title, run] of sections)
  if (!wanted.length || wanted.includes(key)) {
    console.log(`\n${title}`);
    report(await run());
  }
// Every target of issue #14 with the figure measured in this run, or how to measure it.
console.log('\nTargets (issue #14)');
report(targetRows());
