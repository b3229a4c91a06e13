import { describe, expect, it } from 'vitest';
import { pickWeighted } from './service.ts';

describe('pickWeighted (CS rotation)', () => {
  const members = [
    { id: 'a', weight: 1 },
    { id: 'b', weight: 3 },
    { id: 'c', weight: 0 },
    { id: 'd', weight: 1 },
  ];

  it('splits [0, 1) in proportion to the weights, skipping weight 0', () => {
    // Total 5: a takes [0, 0.2), b [0.2, 0.8), d [0.8, 1).
    expect(pickWeighted(members, 0)?.id).toBe('a');
    expect(pickWeighted(members, 0.19)?.id).toBe('a');
    expect(pickWeighted(members, 0.2)?.id).toBe('b');
    expect(pickWeighted(members, 0.79)?.id).toBe('b');
    expect(pickWeighted(members, 0.8)?.id).toBe('d');
    expect(pickWeighted(members, 0.999999)?.id).toBe('d');
  });

  it('hands out orders in the weights’ proportions over many picks', () => {
    const counts: Record<string, number> = {};
    for (let i = 0; i < 1000; i++) {
      const picked = pickWeighted(members, i / 1000);
      if (picked) counts[picked.id] = (counts[picked.id] ?? 0) + 1;
    }
    expect(counts).toEqual({ a: 200, b: 600, d: 200 });
  });

  it('picks nobody when nobody has weight, and tolerates out-of-range randoms', () => {
    expect(pickWeighted([], 0.5)).toBeUndefined();
    expect(pickWeighted([{ id: 'x', weight: 0 }], 0.5)).toBeUndefined();
    expect(pickWeighted(members, 1)?.id).toBe('d');
    expect(pickWeighted(members, -3)?.id).toBe('a');
    expect(pickWeighted(members, Number.NaN)?.id).toBe('a');
  });
});
