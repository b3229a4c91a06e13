import { httpsUrlSchema } from '@bosonline/contracts';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrorsOf, invalidField, renameFieldInSummary, summarizeZodError } from './errors.ts';

describe('schema failures as field errors', () => {
  it('say a message once per field, however many checks failed with it', () => {
    const error = z.object({ website: httpsUrlSchema }).safeParse({ website: 'http://localhost' }).error;
    expect(error).toBeDefined();
    expect(fieldErrorsOf(error)).toEqual({ website: ['Must be an https:// URL'] });
    expect(summarizeZodError(error as z.ZodError)).toBe('Invalid input: website: Must be an https:// URL');
  });

  it("name a service's field error in its summary as the door spells the field", () => {
    const error = invalidField('items.orderItems.0.itemSku', 'SKU X is not sold on this form');
    const snake = (path: string) => path.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    expect(renameFieldInSummary(error.message, error.details.fieldErrors, snake)).toBe(
      'Invalid input: items.order_items.0.item_sku: SKU X is not sold on this form',
    );
    // Any other message is left as it is.
    expect(renameFieldInSummary('Form not found', error.details.fieldErrors, snake)).toBe('Form not found');
  });
});
