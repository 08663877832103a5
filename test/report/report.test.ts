import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { cli } from '../helpers/cli.js';
import { tempDir } from '../helpers/store.js';

/** Standard deviation of the grey levels of a binary PGM (P5) image: 0 for a blank page. */
function pgmSpread(path: string): number {
  const buf = readFileSync(path);
  const header = buf.toString('latin1', 0, 64).split(/\s+/);
  const [, w, h, max] = header;
  const size = Number(w) * Number(h);
  const pixels = buf.subarray(buf.length - size * (Number(max) > 255 ? 2 : 1));
  let s = 0;
  let s2 = 0;
  for (const p of pixels) {
    s += p;
    s2 += p * p;
  }
  const m = s / pixels.length;
  return Math.sqrt(s2 / pixels.length - m * m);
}

describe('printable reports', () => {
  it.each([
    ['region', ['report', 'region', 'RU-KR', '--lang', 'ru'], 'Карелия'],
    ['crisis', ['report', 'crisis', '--country', 'FI', '--lang', 'ru'], 'Финляндия'],
  ])(
    '%s report: a PDF with non-blank pages and Cyrillic text in its text layer',
    async (name, args, word) => {
      const dir = tempDir();
      const pdf = join(dir, `${name}.pdf`);
      const r = await cli(['--db', inject('baseStore'), ...args, '--runs', '20', '--out', pdf]);
      expect(r.code, r.err).toBe(0);
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      execFileSync('pdftoppm', ['-r', '30', '-gray', pdf, join(dir, 'page')]);
      const pages = readdirSync(dir).filter((f) => f.startsWith('page') && f.endsWith('.pgm'));
      expect(pages.length).toBeGreaterThanOrEqual(2);
      for (const p of pages) expect(pgmSpread(join(dir, p)), p).toBeGreaterThan(5);
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
      expect(text).toContain(word);
      expect(text).toMatch(/Источники и лицензии/);
    },
  );

  it('writes HTML when asked', async () => {
    const out = join(tempDir(), 'r.html');
    expect(
      (await cli(['--db', inject('baseStore'), 'report', 'region', 'RU-TA', '--out', out, '--runs', '10']))
        .code,
    ).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/<svg class="map"/);
  });
});
