import { docxBlocks } from './docx-blocks.js';

/**
 * The edition a chapter belongs to, from its page footers ("Российский статистический ежегодник. 2023"), or null
 * when no footer names one. The year most footers name wins: chapter 13 of both editions keeps one unused footer
 * of the previous year's template.
 */
export function yearbookEdition(margins: readonly string[], file: string): number | null {
  const years = new Map<number, number>();
  for (const xml of margins)
    for (const b of docxBlocks(xml, file)) {
      const texts = b.kind === 'paragraph' ? [b.text] : b.rows.flatMap((r) => r.map((c) => c.text));
      for (const text of texts) {
        const m = /статистический ежегодник\.?\s*(\d{4})/i.exec(text);
        if (m) years.set(Number(m[1]), (years.get(Number(m[1])) ?? 0) + 1);
      }
    }
  const ranked = [...years].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || ranked[1]?.[1] === ranked[0]![1]) return null;
  return ranked[0]![0];
}
