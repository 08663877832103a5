// Reads the bundled Rosstat yearbook (.docx) with paradip's reader and writes data/ru-rosstat-yearbook/derived/*.csv,
// which `db build` loads: `npm run data:rosstat`, then `npm run data:manifest`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dataDir } from '../src/dataset/data-dir.js';
import { parseCountries, parseRegions } from '../src/dataset/parse-bundled.js';
import { readFileSync } from 'node:fs';
import { DERIVED_FILES, derivedCsv } from '../src/rosstat/derived-observations.js';
import { readYearbook } from '../src/rosstat/yearbook-observations.js';

const dir = dataDir();
const started = performance.now();
const reading = readYearbook(
  join(dir, 'ru-rosstat-yearbook'),
  parseRegions(readFileSync(join(dir, 'ru-federal-subjects/ru_federal_subjects.csv'), 'utf8')),
  parseCountries(readFileSync(join(dir, 'country-codes/country-codes.csv'), 'utf8')),
);
const csv = derivedCsv(reading);
for (const [key, file] of Object.entries(DERIVED_FILES)) {
  const path = join(dir, 'ru-rosstat-yearbook', file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, csv[key as keyof typeof csv]);
}
console.log(
  `data/ru-rosstat-yearbook/derived: ${reading.observations.length} regional and ${reading.countryObservations.length} country observations from ${reading.tables.length} tables in ${Math.round(performance.now() - started)} ms`,
);
for (const n of reading.notes) console.log(`note: ${n}`);
