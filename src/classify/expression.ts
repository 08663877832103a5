import { ParadipError } from '../errors/paradip-error.js';
/**
 * The rule language of typologies: comparisons of variables with numbers, combined with and / or / not and
 * parentheses, e.g. `intensity >= 60 and (breadth >= 50 or border)`. A bare variable is true when it is a true
 * tag or a non-zero number. Parsed once into a tree; evaluation needs no eval().
 */
export type Expr =
  | { kind: 'cmp'; variable: string; op: '>=' | '<=' | '>' | '<' | '==' | '!='; value: number }
  | { kind: 'var'; variable: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'not'; expr: Expr }
  | { kind: 'and' | 'or'; left: Expr; right: Expr };

export class ExpressionError extends ParadipError {
  constructor(message: string, details: Record<string, unknown> | null = null) {
    super('input', message, details);
  }
}

const TOKEN = /\s*(>=|<=|==|!=|>|<|\(|\)|-?\d+(?:\.\d+)?|[A-Za-z_][A-Za-z0-9_]*)/y;

function tokenize(src: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    if (/^\s*$/.test(src.slice(TOKEN.lastIndex))) break;
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(src);
    if (!m)
      throw new ExpressionError(
        `unexpected ${JSON.stringify(src.slice(start).trim().slice(0, 12))} at position ${start + 1}`,
      );
    tokens.push(m[1]!);
  }
  return tokens;
}

/**
 * Parse a rule.
 * @example parseExpression('intensity >= 60 and not far_east')
 */
export function parseExpression(src: string): Expr {
  const tokens = tokenize(src);
  let i = 0;
  const peek = () => tokens[i];
  const next = () => tokens[i++];
  const expect = (t: string) => {
    if (next() !== t) throw new ExpressionError(`expected "${t}" in ${JSON.stringify(src)}`);
  };
  const primary = (): Expr => {
    const t = next();
    if (t === undefined) throw new ExpressionError(`unexpected end of ${JSON.stringify(src)}`);
    if (t === '(') {
      const e = or();
      expect(')');
      return e;
    }
    if (t === 'not') return { kind: 'not', expr: primary() };
    if (t === 'true' || t === 'false') return { kind: 'bool', value: t === 'true' };
    if (/^[A-Za-z_]/.test(t)) {
      const op = peek();
      if (op === '>=' || op === '<=' || op === '>' || op === '<' || op === '==' || op === '!=') {
        next();
        const v = next();
        if (v === undefined || !/^-?\d/.test(v))
          throw new ExpressionError(`expected a number after ${t} ${op} in ${JSON.stringify(src)}`);
        return { kind: 'cmp', variable: t, op, value: Number(v) };
      }
      return { kind: 'var', variable: t };
    }
    throw new ExpressionError(`unexpected "${t}" in ${JSON.stringify(src)}`);
  };
  const and = (): Expr => {
    let left = primary();
    while (peek() === 'and') {
      next();
      left = { kind: 'and', left, right: primary() };
    }
    return left;
  };
  const or = (): Expr => {
    let left = and();
    while (peek() === 'or') {
      next();
      left = { kind: 'or', left, right: and() };
    }
    return left;
  };
  const e = or();
  if (i < tokens.length) throw new ExpressionError(`unexpected "${tokens[i]}" in ${JSON.stringify(src)}`);
  return e;
}

export type Context = Record<string, number | boolean | null>;

/** Evaluate; a comparison with a missing value is false (missing is never taken as zero). */
export function evaluate(e: Expr, ctx: Context): boolean {
  switch (e.kind) {
    case 'bool':
      return e.value;
    case 'not':
      return !evaluate(e.expr, ctx);
    case 'and':
      return evaluate(e.left, ctx) && evaluate(e.right, ctx);
    case 'or':
      return evaluate(e.left, ctx) || evaluate(e.right, ctx);
    case 'var': {
      const v = ctx[e.variable];
      return typeof v === 'boolean' ? v : typeof v === 'number' ? v !== 0 && !Number.isNaN(v) : false;
    }
    case 'cmp': {
      const v = ctx[e.variable];
      const x = typeof v === 'boolean' ? Number(v) : v;
      if (x === null || x === undefined || Number.isNaN(x)) return false;
      switch (e.op) {
        case '>=':
          return x >= e.value;
        case '<=':
          return x <= e.value;
        case '>':
          return x > e.value;
        case '<':
          return x < e.value;
        case '==':
          return x === e.value;
        case '!=':
          return x !== e.value;
      }
    }
  }
}

/** Variables a rule reads. */
export function variablesOf(e: Expr): string[] {
  switch (e.kind) {
    case 'cmp':
    case 'var':
      return [e.variable];
    case 'bool':
      return [];
    case 'not':
      return variablesOf(e.expr);
    default:
      return [...new Set([...variablesOf(e.left), ...variablesOf(e.right)])];
  }
}

/** The comparisons of a rule, for explanations ("breadth 42 < 50: +8 needed"). */
export function comparisonsOf(e: Expr): Extract<Expr, { kind: 'cmp' }>[] {
  switch (e.kind) {
    case 'cmp':
      return [e];
    case 'var':
    case 'bool':
      return [];
    case 'not':
      return comparisonsOf(e.expr);
    default:
      return [...comparisonsOf(e.left), ...comparisonsOf(e.right)];
  }
}
