import { describe, expect, it } from 'vitest';
import { retryAfterSeconds } from './sdk-recipe.ts';

describe('retryAfterSeconds', () => {
  it('reads the wait from the server’s 429 message', () => {
    expect(retryAfterSeconds('Too many attempts. Try again in 900 seconds. Forgot the password?')).toBe(900);
    expect(retryAfterSeconds('Too many attempts. Try again in 1 second.')).toBe(1);
    expect(retryAfterSeconds('Too many requests')).toBeNull();
  });
});
