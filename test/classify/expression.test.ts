import { describe, expect, it } from 'vitest';
import { evaluate, ExpressionError, parseExpression } from '../../src/classify/expression.js';
import { cheapestPath } from '../../src/classify/classify.js';

describe('typology rule expressions', () => {
  it('parses and evaluates comparisons, tags, and/or/not with precedence', () => {
    const e = parseExpression('a >= 10 and b < 5 or not border');
    expect(evaluate(e, { a: 12, b: 1, border: true })).toBe(true);
    expect(evaluate(e, { a: 12, b: 9, border: true })).toBe(false);
    expect(evaluate(e, { a: 1, b: 9, border: false })).toBe(true);
    expect(evaluate(parseExpression('(a >= 1 or b >= 1) and c == 0'), { a: 0, b: 2, c: 0 })).toBe(true);
  });
  it('treats missing values as failing any comparison, never as zero', () => {
    expect(evaluate(parseExpression('a < 5'), { a: null })).toBe(false);
    expect(evaluate(parseExpression('a >= 0'), {})).toBe(false);
  });
  it('rejects malformed rules with a clear message', () => {
    expect(() => parseExpression('a >= ')).toThrow(ExpressionError);
    expect(() => parseExpression('a >= 1 and')).toThrow(/unexpected end/);
    expect(() => parseExpression('a ≥ 1')).toThrow(/unexpected/);
    expect(() => parseExpression('(a > 1')).toThrow(/expected "\)"/);
  });
  it('finds the cheapest way up: both sides of and, the nearer side of or', () => {
    const e = parseExpression('b >= 45 and (i >= 30 or n >= 30)');
    const p = cheapestPath(e, { b: 40, i: 25, n: 0 });
    expect(p.needed.map((c) => [c.variable, c.threshold])).toEqual([
      ['b', 45],
      ['i', 30],
    ]);
    expect(p.cost).toBe(10);
  });
});
