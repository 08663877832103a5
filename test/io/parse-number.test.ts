import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/io/parse-number.js';

describe('parseNumber', () => {
  it.each([
    ['1234.5', ',', 1234.5],
    ['1234,5', ';', 1234.5],
    ['1 234,5', ';', 1234.5],
    ['1\u00a0234\u00a0567', ';', 1234567],
    ['1,234.5', ',', 1234.5],
    ['-0,25', ';', -0.25],
    ['−3', ';', -3],
    ['1e-7', ',', 1e-7],
    ['12,5', ',', 12.5],
  ])('%j (separator %j) → %d', (raw, sep, value) =>
    expect(parseNumber(raw, sep)).toEqual({ kind: 'number', value }),
  );

  it.each(['', ' ', '-', '…', '...', 'NA', 'н/д', 'x'])('%j is missing, never zero', (raw) =>
    expect(parseNumber(raw)).toEqual({ kind: 'missing' }),
  );

  it.each([
    ['abc', 'not a number'],
    ['12abc', 'not a number'],
    ['1,234', 'ambiguous'],
    ['1.2.3', 'not a number'],
  ])('%j is invalid (%s)', (raw, reason) => {
    const r = parseNumber(raw, ',');
    expect(r.kind).toBe('invalid');
    expect(r.kind === 'invalid' && r.reason).toContain(reason);
  });
});
