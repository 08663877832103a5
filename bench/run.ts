// `npm run bench`: speed and size figures, printed. Targets are discussed in the issues, not asserted here.
import { report } from './measure.js';
import { benchStore } from './store.bench.js';
import { benchPage } from './page.bench.js';
import { benchEngine } from './engine.bench.js';
import { benchHttp } from './http.bench.js';

console.log(`paradip benchmarks — node ${process.version}, ${new Date().toISOString()}\n`);
console.log('Store');
report(await benchStore());
console.log('\nIndex engine (COINr ASEM example)');
report(await benchEngine());
console.log('\nDashboard');
report(await benchPage());
console.log('\nHTTP API (loopback)');
report(await benchHttp());
