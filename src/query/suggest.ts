import { distance } from 'fastest-levenshtein';
import { normaliseName } from '../registry/normalise-name.js';

/**
 * The closest names to a mistyped query ("Tatarstn" → "Tatarstan (RU-TA)"), up to `limit`, for a "did you
 * mean" hint. A name counts when it is within a quarter of its length (at least 2) edits, compared after the
 * same normalisation as matching (case, ё, abbreviations).
 */
export function suggest(
  query: string,
  candidates: readonly { label: string; names: readonly (string | null | undefined)[] }[],
  limit = 3,
): string[] {
  const q = normaliseName(query);
  if (!q) return [];
  const scored = candidates
    .map((c) => {
      let best = Infinity;
      for (const name of c.names) {
        if (!name) continue;
        const n = normaliseName(name);
        const d = distance(q, n);
        if (d <= Math.max(2, Math.floor(n.length / 4)) && d < best) best = d;
      }
      return { label: c.label, d: best };
    })
    .filter((x) => Number.isFinite(x.d))
    .sort((a, b) => a.d - b.d || a.label.localeCompare(b.label));
  return scored.slice(0, limit).map((x) => x.label);
}

/** " Did you mean Tatarstan (RU-TA)?" or "". */
export function didYouMean(suggestions: readonly string[]): string {
  return suggestions.length ? ` Did you mean ${suggestions.join(' or ')}?` : '';
}
