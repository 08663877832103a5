import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { packageRoot } from '../../src/dataset/data-dir.js';
import { loadSnapshot } from '../../src/store/load-snapshot.js';
import { runValidation } from '../../src/validate/run-validation.js';
import { validationConfig } from '../../src/validate/validation-config.js';

const REPORT = 'docs/validation.md';

/** The committed report (HEAD), or the file on disk outside a git checkout. */
function committed(): string {
  try {
    return execFileSync('git', ['show', `HEAD:${REPORT}`], {
      cwd: packageRoot(),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return readFileSync(join(packageRoot(), REPORT), 'utf8');
  }
}

describe('docs/validation.md', () => {
  it('is what `paradip validate` writes for the bundled data, and is committed', async () => {
    const s = await loadSnapshot(inject('baseStore'));
    const { validation, markdown } = runValidation(s, 'all', validationConfig());
    expect(validation.results.length).toBeGreaterThanOrEqual(25);
    // Every expectation cites at least one source with a full reference.
    for (const r of validation.results) expect(r.expectation.sources.length).toBeGreaterThan(0);
    const path = join(packageRoot(), REPORT);
    let onDisk = '';
    try {
      onDisk = readFileSync(path, 'utf8');
    } catch {
      /* first generation */
    }
    // Regenerate, so that the difference shows in `git diff` for review before committing.
    if (onDisk !== markdown) writeFileSync(path, markdown);
    expect(
      committed() === markdown,
      `${REPORT} is out of date: it was regenerated from the model; review the change (git diff ${REPORT}) and commit it`,
    ).toBe(true);
  });

  it('is deterministic', async () => {
    const s = await loadSnapshot(inject('baseStore'));
    const a = runValidation(s, 'all', validationConfig(undefined, 20)).markdown;
    const b = runValidation(s, 'all', validationConfig(undefined, 20)).markdown;
    expect(a).toBe(b);
  });
});
