/**
 * Text split around identifiers — snake_case ids such as twin_pairs, and the given ids (source ids such as
 * twinning-wikipedia) — so that ids can be set as code, apart from the text's language.
 */
export function idParts(text: string | null, ids: readonly string[] = []): { text: string; id: boolean }[] {
  const out: { text: string; id: boolean }[] = [];
  if (!text) return out;
  const escaped = ids.map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(
    [...escaped.map((x) => `\\b${x}\\b`), '\\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\\b'].join('|'),
    'g',
  );
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index! > last) out.push({ text: text.slice(last, m.index), id: false });
    out.push({ text: m[0], id: true });
    last = m.index! + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), id: false });
  return out;
}
