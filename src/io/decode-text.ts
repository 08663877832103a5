import { ParadipError } from '../errors/paradip-error.js';
export type TextEncodingName = 'utf-8' | 'windows-1251';

/**
 * Decode bytes as UTF-8 if they are valid UTF-8, otherwise as Windows-1251 (the encoding of Russian Excel
 * exports). A UTF-8 byte-order mark is removed.
 * @example decodeText(new Uint8Array([0xcf, 0xf0, 0xe8])).text // 'При'
 */
export function decodeText(
  bytes: Uint8Array,
  encoding?: TextEncodingName,
): { text: string; encoding: TextEncodingName } {
  if (encoding === 'windows-1251') return { text: new TextDecoder('windows-1251').decode(bytes), encoding };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    if (encoding === 'utf-8')
      throw new ParadipError('input', 'the file is not valid UTF-8; try --encoding windows-1251', {
        encoding,
      });
    return { text: new TextDecoder('windows-1251').decode(bytes), encoding: 'windows-1251' };
  }
}
