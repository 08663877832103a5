import iconv from 'iconv-lite';
import { ParadipError } from '../errors/paradip-error.js';

export type TextEncodingName = 'utf-8' | 'windows-1251';

/** Whether the bytes are valid UTF-8 (then they are read as UTF-8; otherwise as Windows-1251). */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decode bytes as UTF-8 if they are valid UTF-8, otherwise as Windows-1251 (the encoding of Russian Excel
 * exports), with iconv-lite. A byte-order mark is removed.
 * @example decodeText(new Uint8Array([0xcf, 0xf0, 0xe8])).text // 'При'
 */
export function decodeText(
  bytes: Uint8Array,
  encoding?: TextEncodingName,
): { text: string; encoding: TextEncodingName } {
  const utf8 = encoding === 'windows-1251' ? false : isUtf8(bytes);
  if (encoding === 'utf-8' && !utf8)
    throw new ParadipError('input', 'the file is not valid UTF-8; try --encoding windows-1251', { encoding });
  const chosen: TextEncodingName = utf8 ? 'utf-8' : 'windows-1251';
  return {
    text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), chosen),
    encoding: chosen,
  };
}
