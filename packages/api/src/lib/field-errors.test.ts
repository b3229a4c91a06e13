import { httpsUrlSchema } from '@bosonline/contracts';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrorsOf, summarizeZodError } from './errors.ts';

describe('schema failures as field errors', () => {
  it('say a message once per field, however many checks failed with it', () => {
    const error = z.object({ website: httpsUrlSchema }).safeParse({ website: 'http://localhost' }).error;
    expect(error).toBeDefined();
    expect(fieldErrorsOf(error)).toEqual({ website: ['Must be an https:// URL'] });
    expect(summarizeZodError(error as z.ZodError)).toBe('Invalid input: website: Must be an https:// URL');
  });
});
