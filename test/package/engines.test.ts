import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const json = (file: string) => JSON.parse(readFileSync(new URL(file, root), 'utf8'));

describe('dependencies support the project’s Node', () => {
  it('every locked package accepts the oldest Node the project allows (no EBADENGINE on npm ci)', () => {
    const oldest = semver.minVersion(json('package.json').engines.node as string)!.version;
    const lock = json('package-lock.json') as {
      packages: Record<string, { engines?: { node?: string } | string[]; dev?: boolean; optional?: boolean }>;
    };
    const refusing = Object.entries(lock.packages)
      .filter(([path, p]) => path && p.engines && !Array.isArray(p.engines) && p.engines.node)
      .filter(([, p]) => !semver.satisfies(oldest, (p.engines as { node: string }).node))
      .map(
        ([path, p]) =>
          `${path.replace(/^.*node_modules\//, '')} wants node ${(p.engines as { node: string }).node}`,
      );
    expect(refusing, `Node ${oldest}`).toEqual([]);
  });
});
