/** Text split around identifiers (snake_case ids such as twin_pairs), so that ids can be set as code. */
export function idParts(text: string | null): { text: string; id: boolean }[] {
  const out: { text: string; id: boolean }[] = [];
  if (!text) return out;
  let last = 0;
  for (const m of text.matchAll(/\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/g)) {
    if (m.index! > last) out.push({ text: text.slice(last, m.index), id: false });
    out.push({ text: m[0], id: true });
    last = m.index! + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), id: false });
  return out;
}
