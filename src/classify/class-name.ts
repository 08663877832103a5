/** A class's name in a language; a region without enough data to classify is named as such, never by its id. */
export function className(
  classes: readonly { id: string; name_en: string; name_ru: string }[],
  id: string,
  lang: 'en' | 'ru',
): string {
  const c = classes.find((x) => x.id === id);
  if (c) return lang === 'ru' ? c.name_ru : c.name_en;
  return lang === 'ru' ? 'недостаточно данных' : 'insufficient data';
}
