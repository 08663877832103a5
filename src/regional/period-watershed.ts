/**
 * 24 February 2022, Russia's full-scale invasion of Ukraine: sanctions, closed airspace and departures changed
 * trade, travel and ties from then on, so figures from before and after it describe different situations.
 */
export const WATERSHED = '2022-02-24';

/** The last day a period names: "2021" → 2021-12-31, "2022-11" → 2022-11-30, "2023-01-01" itself. */
function periodEnd(p: string): string | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(p.trim());
  if (!m) return undefined;
  const [, y, mo, d] = m;
  if (d) return `${y}-${mo}-${d}`;
  if (mo) return new Date(Date.UTC(Number(y), Number(mo), 0)).toISOString().slice(0, 10);
  return `${y}-12-31`;
}

/**
 * Which indicators' periods end before the watershed and which end on or after it, from the periods an index input
 * records ("2021", "2022-11", or several joined with ", "); periods that name no date ("as the ties") are in
 * neither. When both lists are non-empty the index mixes the two situations, and outputs say so.
 *
 * @example
 * acrossWatershed({ trade: '2021', consulates: '2022-11', ties: 'as the ties' });
 * // { before: ['trade'], after: ['consulates'] }
 */
export function acrossWatershed(periods: Record<string, string>): { before: string[]; after: string[] } {
  const before: string[] = [];
  const after: string[] = [];
  for (const [id, text] of Object.entries(periods)) {
    const ends = text
      .split(',')
      .map(periodEnd)
      .filter((e): e is string => e !== undefined);
    if (ends.some((e) => e < WATERSHED)) before.push(id);
    if (ends.some((e) => e >= WATERSHED)) after.push(id);
  }
  return { before, after };
}

/** The sentence outputs carry when an index mixes periods from both sides of the watershed; undefined otherwise. */
export function watershedNote(periods: Record<string, string>, lang: 'en' | 'ru'): string | undefined {
  const { before, after } = acrossWatershed(periods);
  if (!before.length || !after.length) return undefined;
  return lang === 'ru'
    ? `Периоды разные: ${before.join(', ')} — до 24 февраля 2022 г., ${after.join(', ')} — после; индекс не описывает один момент времени.`
    : `Mixed periods: ${before.join(', ')} before 24 February 2022, ${after.join(', ')} after it; the index is not a picture of one moment.`;
}
