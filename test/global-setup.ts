import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildStore } from '../src/store/build-store.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseStore: string;
    tempRoot: string;
  }
}

/** One store built from the bundled data for the whole run; tests that write copy it first. */
export default async function setup(project: TestProject) {
  const root = mkdtempSync(join(tmpdir(), 'paradip-test-'));
  mkdirSync(root, { recursive: true });
  const path = join(root, 'base.duckdb');
  await buildStore(path);
  project.provide('baseStore', path);
  project.provide('tempRoot', root);
}
