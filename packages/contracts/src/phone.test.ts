import { describe, expect, it } from 'vitest';
import { normalizePhone, phoneSchema } from './phone.ts';

describe('normalizePhone', () => {
  it.each([
    ['081765123451', '6281765123451'],
    ['+6281765123451', '6281765123451'],
    ['6281765123451', '6281765123451'],
    ['0817-6512-3451', '6281765123451'],
    [' 0817 6512 3451 ', '6281765123451'],
  ])('%s → %s', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each(['', '12345', '0217654321', '+1 415 555 0100', '08abc', '0812345'])('rejects %j', (input) => {
    expect(normalizePhone(input)).toBeUndefined();
  });

  it('reports a field message through the schema', () => {
    const result = phoneSchema.safeParse('12');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/Indonesian mobile number/);
  });
});
