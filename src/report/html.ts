import { webAddress } from '../query/web-address.js';
import { numberFormat } from '../io/number-format.js';

/** Escape text for HTML. */
export const esc = (s: unknown): string =>
  String(s ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

export function fmt(v: number | null | undefined, lang: 'en' | 'ru', digits = 1): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  return numberFormat(lang, { maximumFractionDigits: digits }).format(v);
}

/** A table cell written as HTML made here (escaped parts), not as text. */
export interface HtmlCell {
  html: string;
}

export function table(headers: string[], rows: (string | number | null | HtmlCell)[][]): string {
  const cell = (c: string | number | null | HtmlCell) =>
    c !== null && typeof c === 'object'
      ? `<td>${c.html}</td>`
      : `<td${typeof c === 'number' ? ' class="num"' : ''}>${esc(c ?? '—')}</td>`;
  return `<table><thead><tr>${headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map(cell).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

/** A source's title, a link only to a web address (http, https); any other address is printed beside it as text. */
export function sourceCell(title: string, url: string | null | undefined): HtmlCell {
  const href = webAddress(url);
  if (href) return { html: `<a href="${esc(href)}">${esc(title)}</a>` };
  return { html: url ? `${esc(title)} <span class="muted">${esc(url)}</span>` : esc(title) };
}

export function page(title: string, lang: 'en' | 'ru', body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title><style>
  @page { size: A4; margin: 16mm 14mm; }
  body { font-family: 'DejaVu Sans', 'Noto Sans', system-ui, sans-serif; font-size: 10.5pt; color: #1b1b1b; }
  h1 { font-size: 18pt; margin: 0 0 4pt; color: #0d2f5a; } h2 { font-size: 13pt; margin: 14pt 0 4pt; color: #0d2f5a; }
  table { border-collapse: collapse; width: 100%; margin: 4pt 0; } th, td { border-bottom: 1px solid #ddd; padding: 2pt 4pt; text-align: left; vertical-align: top; }
  th { background: #f2f5f9; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
  .muted { color: #666; } .warn { color: #8a4b00; font-weight: bold; } .map { width: 100%; } pre { white-space: pre-wrap; font-family: inherit; background: #f6f7f9; padding: 6pt; }
  .appendix { page-break-before: always; }
  </style></head><body>${body}</body></html>`;
}
