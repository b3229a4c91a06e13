import { describe, expect, it } from 'vitest';
import { findInputProblem, maxInputDepth } from './input-guard.ts';

const nest = (depth: number): unknown => {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
};

describe('input guard', () => {
  it('passes ordinary input, emoji and all', () => {
    expect(findInputProblem({ name: 'Kopi ☕ 🇮🇩', items: [{ sku: 'A-1', qty: 2 }], note: null })).toBeNull();
  });

  it('names the path of a NUL character or a lone surrogate, in values and in keys', () => {
    expect(findInputProblem({ receiver: { name: 'a\u0000' } })).toMatchObject({ path: ['receiver', 'name'] });
    expect(findInputProblem({ items: ['ok', 'x\ud800y'] })).toMatchObject({ path: ['items', 1] });
    expect(findInputProblem({ low: '\udc00 alone' })?.message).toMatch(/surrogate/);
    expect(findInputProblem({ 'k\u0000': 1 })).toMatchObject({ path: ['k\u0000'], message: /Field name/ });
  });

  it('refuses nesting past the limit without recursing (100 000 levels)', () => {
    expect(findInputProblem(nest(maxInputDepth - 1))).toBeNull();
    expect(findInputProblem(nest(maxInputDepth + 1))?.message).toMatch(/nested too deeply/);
    expect(findInputProblem(nest(100_000))?.message).toMatch(/nested too deeply/);
  });

  it('leaves text alone when asked for depth only, and skips uploads and dates', () => {
    expect(findInputProblem({ a: 'x\u0000' }, { checkText: false })).toBeNull();
    expect(findInputProblem({ at: new Date(), file: new Blob(['\u0000']) })).toBeNull();
  });
});
