import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/dataset/data-dir.js';
import { freshStore } from '../helpers/store.js';

// The bundle that `npm start` and the `paradip` bin run (scripts/bundle-cli.ts), built into a private folder of
// the package: bundled packages that read files beside themselves, worker threads and lazily loaded commands must
// all work from it as they do from the sources.
const root = packageRoot();
let dir: string;
let main: string;
/** The bundle's V8 code caches, private to this file. */
let codeCache: string;
const env = () => ({ ...process.env, PARADIP_CODE_CACHE: codeCache });

beforeAll(() => {
  execFileSync('mkdir', ['-p', join(root, '.tmp')]);
  dir = mkdtempSync(join(root, '.tmp', 'bundle-'));
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/bundle-cli.ts'), dir], {
    cwd: root,
  });
  main = join(dir, 'cli', 'main.js');
  codeCache = join(dir, 'code-cache');
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) =>
  execFileSync(process.execPath, [main, ...args], { encoding: 'utf8', timeout: 60_000, env: env() });
const cachesOf = (kind: string) => readdirSync(codeCache).filter((n) => n.includes(`-${kind}-`));

describe('the bundled CLI', () => {
  it('runs query commands and the uncertainty analysis in worker threads', () => {
    const db = freshStore();
    expect(cli('--db', db, 'region', 'RU-KR')).toContain('Republic of Karelia');
    const out = cli('--db', db, 'index', 'uncertainty', '--runs', '200', '--workers', '2');
    expect(out).toContain('Uncertainty: 200 runs (seed 1), 0 failed');
    // Same seed, same answer as in one thread.
    expect(cli('--db', db, 'index', 'uncertainty', '--runs', '200', '--workers', '1')).toBe(out);
  });

  it('writes its code cache once and gives the same answers from it', () => {
    const db = freshStore();
    const first = cli('--db', db, 'classify', '--format', 'json');
    expect(cachesOf('classify')).toHaveLength(1);
    const cache = statSync(join(codeCache, cachesOf('classify')[0]!)).mtimeMs;
    expect(cli('--db', db, 'classify', '--format', 'json')).toBe(first);
    // Read, not written again.
    expect(statSync(join(codeCache, cachesOf('classify')[0]!)).mtimeMs).toBe(cache);
  });

  it('loads the packages left out of the bundle when a command needs them (exceljs)', () => {
    const out = join(dir, 'index.xlsx');
    cli('--db', freshStore(), 'export', 'index', '--format', 'xlsx', '--out', out);
    // An XLSX file is a zip archive.
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  describe('serving', () => {
    let server: ChildProcess;
    let base: string;
    beforeAll(async () => {
      server = spawn(process.execPath, [main, '--db', freshStore(), 'serve', '--port', '0'], {
        stdio: ['ignore', 'pipe', 'inherit'],
        env: env(),
      });
      base = await new Promise<string>((resolve, reject) => {
        let text = '';
        server.stdout!.on('data', (b: Buffer) => {
          text += b.toString();
          const m = /dashboard: (http:\/\/\S+)\//.exec(text);
          if (m) resolve(m[1]!);
        });
        server.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${text}`)));
      });
    }, 60_000);
    afterAll(() => void server?.kill());

    it('answers the API, with an uncertainty analysis computed in the worker pool', async () => {
      expect((await fetch(`${base}/api/health`)).status).toBe(200);
      const u = await fetch(`${base}/api/index/uncertainty?runs=100`);
      expect(u.status).toBe(200);
      expect(await u.json()).toMatchObject({ runs: 100, failed: 0 });
    });

    it('keeps a code cache of its own, written once start-up is over', async () => {
      await expect.poll(() => cachesOf('serve'), { timeout: 10_000 }).toHaveLength(1);
    });

    it('serves the API documentation with Swagger UI’s own files', async () => {
      const page = await fetch(`${base}/docs/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('swagger-ui');
      const script = await fetch(`${base}/docs/static/swagger-ui-bundle.js`);
      expect(script.status).toBe(200);
      expect((await script.arrayBuffer()).byteLength).toBeGreaterThan(100_000);
    });
  });
});
