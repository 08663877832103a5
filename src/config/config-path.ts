import { join } from 'node:path';
import { packageRoot } from '../dataset/data-dir.js';

/** A file of the configuration folder (config/ in the package). */
export const configPath = (file: string): string => join(packageRoot(), 'config', file);
