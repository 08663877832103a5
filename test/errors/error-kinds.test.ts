import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyError, EXIT_CODES, HTTP_STATUSES } from '../../src/errors/error-kinds.js';
import { ParadipError } from '../../src/errors/paradip-error.js';

/** The README's exit-code table, row by row: code, kind, when, HTTP. */
function readmeExitTable(): { code: number; kind: string; http: string }[] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const at = readme.indexOf('| code | kind | when | HTTP |');
  expect(at, 'README has the exit-code table').toBeGreaterThan(0);
  const lines = readme.slice(at).split('\n').slice(2);
  return lines
    .slice(
      0,
      lines.findIndex((l) => !l.startsWith('|')),
    )
    .map((l) => l.split('|').map((c) => c.trim()))
    .map((c) => ({ code: Number(c[1]), kind: c[2]!, http: c[4]! }));
}

describe('one error taxonomy', () => {
  it('the README documents every exit code and HTTP status the code uses', () => {
    const rows = readmeExitTable();
    const documented = new Map(rows.map((r) => [r.kind, r]));
    for (const [kind, code] of Object.entries(EXIT_CODES)) {
      // not_found is documented under input (exit 1, HTTP 404).
      const row = documented.get(kind === 'not_found' ? 'input' : kind);
      expect(row, kind).toBeDefined();
      expect(row!.code, kind).toBe(code);
    }
    for (const [kind, status] of Object.entries(HTTP_STATUSES)) {
      const row = documented.get(kind === 'not_found' ? 'input' : kind)!;
      expect(row.http.split(/,\s*/), kind).toContain(String(status));
    }
    expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
  });

  it('system errors on a path the user gave are input errors naming the path, not internal ones', () => {
    const enoent = Object.assign(new Error('ENOENT: no such file or directory, open'), {
      code: 'ENOENT',
      path: '/no/such/folder/x.csv',
    });
    const e = classifyError(enoent);
    expect(e.kind).toBe('input');
    expect(e.message).toBe('/no/such/folder/x.csv: no such file or folder');
    expect(classifyError(new TypeError('x is undefined')).kind).toBe('internal');
    const ours = new ParadipError('busy', 'held');
    expect(classifyError(ours)).toBe(ours);
  });
});
