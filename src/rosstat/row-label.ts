/** The name of a table row in both languages, with line breaks, hyphenation and footnote marks removed. */
export interface RowLabel {
  ru: string;
  en: string;
}

const CYRILLIC = /[А-Яа-яЁё]/;
const LATIN = /[A-Za-z]/;

/** Join the lines of a cell: "Народно-\nДемократическая" → "Народно-Демократическая"; other breaks → spaces. */
export function cellText(raw: string): string {
  return raw
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/([А-Яа-яЁёA-Za-z])[-‐]\s*\n\s*/g, '$1-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Footnote marks after a name: "Всего2)", "Грузия 2)", "Российская Федерация1)". */
export function withoutFootnotes(name: string): string {
  return name.replace(/(\s*\d\))+\s*$/, '').trim();
}

/**
 * Split a row name. Rosstat prints the Russian name in the first column and the English one in the last
 * ("Белгородская область" … "Belgorod Region"), or both in the first cell, separated by " / " or by a line break
 * ("Белгородская область / Belgorod Region", "Российская Федерация\nRussian Federation").
 * @example rowLabel('Китая / China') // { ru: 'Китая', en: 'China' }
 */
export function rowLabel(first: string, last?: string): RowLabel {
  if (last !== undefined && last.trim() && !CYRILLIC.test(last))
    return { ru: withoutFootnotes(cellText(first)), en: withoutFootnotes(cellText(last)) };
  const slash = first.lastIndexOf('/');
  if (slash > 0 && CYRILLIC.test(first.slice(0, slash)) && !CYRILLIC.test(first.slice(slash + 1)))
    return {
      ru: withoutFootnotes(cellText(first.slice(0, slash))),
      en: withoutFootnotes(cellText(first.slice(slash + 1))),
    };
  const lines = first.split('\n');
  const firstLatin = lines.findIndex((l, i) => i > 0 && LATIN.test(l) && !CYRILLIC.test(l));
  if (firstLatin > 0)
    return {
      ru: withoutFootnotes(cellText(lines.slice(0, firstLatin).join('\n'))),
      en: withoutFootnotes(cellText(lines.slice(firstLatin).join('\n'))),
    };
  return { ru: withoutFootnotes(cellText(first)), en: '' };
}
