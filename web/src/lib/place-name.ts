import { translate, WIKIPEDIA } from 'iuliia';

/**
 * A Russian place name for English text: the Wikipedia romanisation ("Казань" → "Kazan", "Хабаровск" →
 * "Khabarovsk"), the spelling English-language references use. The data keep the Russian original.
 */
export const romanise = (ru: string): string => translate(ru, WIKIPEDIA);
