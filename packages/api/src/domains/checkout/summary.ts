import type { CheckoutQuoteInput, CheckoutQuoteView } from '@bosonline/contracts';
import type { Context } from '../../context.ts';
import { notFound } from '../../lib/errors.ts';
import { publishedForm } from './public.ts';
import { chargesOf, quoteOrder } from './quote.ts';

/** A seller's own summary ("Atur Pengiriman"): only their store's forms, from the warehouse they name. */
export interface SellerChoice {
  storeId: string;
  warehouseName?: string | null;
}

/**
 * "Order summary" for a checkout page: the figures `createOrder` would charge, from the same quote,
 * so the total a buyer sees before ordering is the total of the order. Nothing is written.
 */
export async function quoteSummary(
  ctx: Pick<Context, 'db' | 'clock' | 'ports'>,
  input: CheckoutQuoteInput,
  seller?: SellerChoice,
): Promise<CheckoutQuoteView> {
  const form = await publishedForm(
    ctx,
    input.id,
    input.items.orderItems.map((i) => i.itemSku),
  );
  if (seller && form.storeId !== seller.storeId) throw notFound('Form');
  const quote = await quoteOrder(ctx, form, input, seller?.warehouseName);
  return {
    lines: quote.lines.map(({ sku, productName, variantName, price, quantity }) => ({
      sku,
      productName,
      variantName,
      price,
      quantity,
    })),
    weightGrams: quote.weightGrams,
    insured: quote.insured,
    ...chargesOf(quote),
  };
}
