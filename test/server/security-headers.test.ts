import { describe, expect, it } from 'vitest';
import { useApiServer } from '../helpers/api-server.js';

const api = useApiServer();

/** The policy's directives by name. */
const directives = (csp: string | null) =>
  Object.fromEntries(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([k, ...v]) => [k!, v]),
  );

describe('security headers', () => {
  it.each([
    ['/', 200],
    ['/api/regions', 200],
    ['/api/regions', 200], // the second answer comes from the response cache
    ['/api/regions/RU-XX', 404],
    ['/no/such/route', 404],
    ['/docs/', 200],
    ['/openapi.json', 200],
  ])('%s (%i) carries a strict policy, nosniff, no framing and no referrer', async (path, status) => {
    const res = await fetch(api.base + path);
    expect(res.status).toBe(status);
    const d = directives(res.headers.get('content-security-policy'));
    expect(d['script-src']).toEqual(["'self'"]);
    expect(d['script-src-attr']).toEqual(["'none'"]);
    expect(d['default-src']).toEqual(["'self'"]);
    // Only Swagger UI gets inline styles (it adds a <style> element at run time).
    expect(d['style-src']).toEqual(path.startsWith('/docs') ? ["'self'", "'unsafe-inline'"] : ["'self'"]);
    expect(d['object-src']).toEqual(["'none'"]);
    expect(d['frame-ancestors']).toEqual(["'none'"]);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('reports: inline styles and data: images only, no script at all', async () => {
    const res = await fetch(`${api.base}/api/report/region/RU-KR`);
    expect(res.status).toBe(200);
    const d = directives(res.headers.get('content-security-policy'));
    expect(d['default-src']).toEqual(["'none'"]);
    expect(d['script-src']).toBeUndefined(); // falls back to default-src 'none'
    expect(d['style-src']).toEqual(["'unsafe-inline'"]);
    expect(d['frame-ancestors']).toEqual(["'none'"]);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
