import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../dataset/data-dir.js';

/** The version in package.json, read once at start-up (the file ships with the package). */
export const PARADIP_VERSION: string = (
  JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }
).version;
