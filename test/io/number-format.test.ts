import { describe, expect, it } from 'vitest';
import { numberFormat } from '../../src/io/number-format.js';

describe('numberFormat', () => {
  it('follows each language’s conventions (CLDR: Russian groups with a no-break space, decimal comma)', () => {
    expect(numberFormat('ru', { maximumFractionDigits: 1 }).format(1234.56)).toBe('1\u00a0234,6');
    expect(numberFormat('en', { maximumFractionDigits: 1 }).format(1234.56)).toBe('1,234.6');
    expect(numberFormat('en', { maximumSignificantDigits: 2 }).format(0.4137)).toBe('0.41');
  });

  it('makes one formatter per language and options', () => {
    const a = numberFormat('en', { maximumFractionDigits: 2 });
    expect(numberFormat('en', { maximumFractionDigits: 2 })).toBe(a);
    expect(numberFormat('ru', { maximumFractionDigits: 2 })).not.toBe(a);
    expect(numberFormat('en', { maximumFractionDigits: 1 })).not.toBe(a);
  });
});
