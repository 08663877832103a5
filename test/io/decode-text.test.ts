import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/io/decode-text.js';

// Windows-1251 bytes of "Москва;1,5", written out by hand from the code page table.
const CP1251 = new Uint8Array([0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0, 0x3b, 0x31, 0x2c, 0x35]);

describe('decodeText', () => {
  it('reads UTF-8, dropping a BOM', () => {
    const bytes = new TextEncoder().encode('\ufeffМосква;1,5');
    expect(decodeText(bytes)).toEqual({ text: 'Москва;1,5', encoding: 'utf-8' });
  });
  it('falls back to Windows-1251 when the bytes are not UTF-8', () => {
    expect(decodeText(CP1251)).toEqual({ text: 'Москва;1,5', encoding: 'windows-1251' });
  });
  it('refuses invalid UTF-8 when UTF-8 is demanded', () => {
    expect(() => decodeText(CP1251, 'utf-8')).toThrow(/not valid UTF-8/);
  });
});
