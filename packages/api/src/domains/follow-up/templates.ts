import type { followUpTemplateInput } from '@bosonline/contracts';
import type { z } from 'zod';
import type { SellerContext } from '../../context.ts';

/**
 * What a follow-up says until the store writes its own text for that attempt. Placeholders:
 * {buyer_name} {invoice} {total} {product} {store_name} {payment_link}.
 */
export const defaultTemplates: Record<number, string> = {
  1:
    'Halo {buyer_name}, terima kasih sudah memesan {product} di {store_name}. ' +
    'Pesanan {invoice} sebesar {total} menunggu pembayaran. ' +
    'Sudah transfer? Kirim bukti pembayarannya di sini: {payment_link}',
  2:
    'Halo {buyer_name}, pesanan {invoice} ({product}) masih kami simpan untuk Anda. ' +
    'Total {total}. Konfirmasi pembayaran: {payment_link}',
  3:
    'Halo {buyer_name}, ini pengingat terakhir untuk pesanan {invoice} sebesar {total}. ' +
    'Jika tidak ada konfirmasi, pesanan akan kami batalkan. {payment_link}',
};
const fallbackTemplate = defaultTemplates[3] as string;

export interface FollowUpFacts {
  buyer_name: string;
  invoice: string;
  total: string;
  product: string;
  store_name: string;
  payment_link: string;
}

/** Fills `{placeholders}`; unknown ones are left as typed, so a typo shows rather than vanishes. */
export function render(template: string, facts: FollowUpFacts): string {
  return template.replace(/\{([a-z_]+)\}/g, (whole, key: string) =>
    key in facts ? facts[key as keyof FollowUpFacts] : whole,
  );
}

/** The store's text for this attempt, else the built-in one. */
export async function templateFor(ctx: Pick<SellerContext, 'db' | 'tenant'>, attempt: number) {
  const own = await ctx.db.followUpTemplate.findUnique({
    where: { storeId_attempt: { storeId: ctx.tenant.storeId, attempt } },
  });
  return own?.message ?? defaultTemplates[attempt] ?? fallbackTemplate;
}

/** Attempts 1..3 (and any the store added), each with its text and whether it is the default. */
export async function listTemplates(ctx: Pick<SellerContext, 'db' | 'tenant'>) {
  const own = await ctx.db.followUpTemplate.findMany({
    where: { storeId: ctx.tenant.storeId },
    orderBy: { attempt: 'asc' },
  });
  const attempts = [...new Set([...Object.keys(defaultTemplates).map(Number), ...own.map((t) => t.attempt)])];
  return attempts
    .sort((a, b) => a - b)
    .map((attempt) => {
      const mine = own.find((t) => t.attempt === attempt);
      return {
        attempt,
        message: mine?.message ?? defaultTemplates[attempt] ?? fallbackTemplate,
        isDefault: !mine,
      };
    });
}

export async function saveTemplate(
  ctx: Pick<SellerContext, 'db' | 'tenant'>,
  input: z.output<typeof followUpTemplateInput>,
) {
  const { storeId } = ctx.tenant;
  await ctx.db.followUpTemplate.upsert({
    where: { storeId_attempt: { storeId, attempt: input.attempt } },
    create: { storeId, attempt: input.attempt, message: input.message },
    update: { message: input.message },
  });
  return { attempt: input.attempt, message: input.message, isDefault: false };
}
