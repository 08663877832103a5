import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { packageRoot } from '../dataset/data-dir.js';
import { parseSpec, SpecError, type IndexSpec } from '../engine/spec.js';
import { InputError } from '../ingest/read-table.js';

export const DEFAULT_SPEC_PATH = (): string => join(packageRoot(), 'config', 'index-spec.default.json');

/** Read an index spec from a JSON or YAML file; errors name the file and the offending field. */
export function readSpecFile(path: string): IndexSpec {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new InputError(
      `${basename(path)}: cannot read the spec file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
    );
  }
  let raw: unknown;
  try {
    raw = /\.ya?ml$/i.test(path) ? parseYaml(text) : JSON.parse(text);
  } catch (err) {
    throw new InputError(
      `${basename(path)}: not valid ${/\.ya?ml$/i.test(path) ? 'YAML' : 'JSON'} (${(err as Error).message})`,
    );
  }
  try {
    return parseSpec(raw);
  } catch (err) {
    if (err instanceof SpecError) throw new InputError(`${basename(path)}: ${err.message}`);
    throw err;
  }
}
