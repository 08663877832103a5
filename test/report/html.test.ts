import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { dataDir } from '../../src/dataset/data-dir.js';
import { sourceCell } from '../../src/report/html.js';
import { createApp } from '../../src/server/app.js';
import { loadSnapshot } from '../../src/store/load-snapshot.js';

describe('sources in printable reports', () => {
  it('a source links only to a web address; any other address is printed as text', () => {
    expect(sourceCell('Rosstat', 'https://rosstat.gov.ru/x?a=1&b=2').html).toBe(
      '<a href="https://rosstat.gov.ru/x?a=1&amp;b=2">Rosstat</a>',
    );
    const bad = sourceCell('Old <import>', 'javascript:alert("8")').html;
    expect(bad).not.toMatch(/<a\b/);
    expect(bad).toBe('Old &lt;import&gt; <span class="muted">javascript:alert(&quot;8&quot;)</span>');
    expect(sourceCell('No address', null).html).toBe('No address');
  });

  describe('reports from a store holding a javascript: source address (SYNTHETIC edit of the test store)', () => {
    let app: FastifyInstance;
    let base: string;
    beforeAll(async () => {
      const snapshot = await loadSnapshot(inject('baseStore'));
      // As a store written before imports checked addresses could hold.
      snapshot.sources[0] = { ...snapshot.sources[0]!, url: 'javascript:alert(8)' };
      app = await createApp({ snapshot, dataDir: dataDir() });
      base = await app.listen({ port: 0, host: '127.0.0.1' });
    });
    afterAll(async () => app?.close());

    it.each(['/api/report/region/RU-KR', '/api/report/crisis/FI'])(
      '%s: no javascript: link',
      async (path) => {
        const res = await fetch(base + path);
        expect(res.status).toBe(200);
        const html = await res.text();
        expect(html).toContain('javascript:alert(8)'); // shown, as text
        expect(html).not.toMatch(/href="\s*javascript:/i);
        expect(html).toMatch(/<a href="https?:\/\//); // other sources still link
      },
    );
  });
});
