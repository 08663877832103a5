import { parseUniverse, type Universe } from '../registry/region.js';
import { UsageError } from './output.js';

/** The --universe option: "all" or "iso", else a usage error (exit 2). */
export function universeOption(value: string): Universe {
  try {
    return parseUniverse(value);
  } catch (err) {
    throw new UsageError(`--universe: ${(err as Error).message.replace(/^parseUniverse: /, '')}`);
  }
}
