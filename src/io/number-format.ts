/** Number formatters by language and options, made once: making an Intl.NumberFormat costs far more than using it. */
const formats = new Map<string, Intl.NumberFormat>();

/**
 * The formatter for paradip's two languages (British English and Russian conventions) with these options.
 * @example numberFormat('ru', { maximumFractionDigits: 1 }).format(1234.56) // '1 234,6'
 */
export function numberFormat(lang: 'en' | 'ru', options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', options)));
  return f;
}
