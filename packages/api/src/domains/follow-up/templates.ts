import {
  type FollowUpTemplateKind,
  type followUpTemplateInput,
  followUpTemplateKinds,
} from '@bosonline/contracts';
import type { z } from 'zod';
import type { SellerContext } from '../../context.ts';

/**
 * What a follow-up says until the store writes its own text for that kind and attempt.
 * Placeholders: {buyer_name} {invoice} {total} {product} {store_name} {payment_link}.
 * A prepaid buyer (transfer, gateway) still has to pay; a COD buyer pays the courier, so their
 * texts confirm the order and the address and ask for the cash at delivery, never for a payment.
 */
export const defaultTemplates: Record<FollowUpTemplateKind, Record<number, string>> = {
  prepaid: {
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
  },
  cod: {
    1:
      'Halo {buyer_name}, terima kasih sudah memesan {product} di {store_name}. ' +
      'Pesanan COD {invoice} sedang kami siapkan. Mohon pastikan nama dan alamat pengiriman sudah benar, ' +
      'dan siapkan uang tunai {total} saat kurir tiba.',
    2:
      'Halo {buyer_name}, pesanan COD {invoice} ({product}) segera dikirim. ' +
      'Bayar {total} tunai ke kurir saat paket diterima. Ada yang perlu diubah? Balas pesan ini.',
    3:
      'Halo {buyer_name}, kurir segera mengantar pesanan {invoice}. ' +
      'Mohon siapkan uang tunai {total} dan pastikan ada yang menerima paketnya di alamat tujuan.',
  },
};
/** Past the numbered defaults, the last one of the kind (the store may write more attempts). */
const fallbackOf = (kind: FollowUpTemplateKind) => defaultTemplates[kind][3] as string;
const builtIn = (kind: FollowUpTemplateKind, attempt: number) =>
  defaultTemplates[kind][attempt] ?? fallbackOf(kind);

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

/** The store's text for this kind of order and attempt, else the built-in one. */
export async function templateFor(
  ctx: Pick<SellerContext, 'db' | 'tenant'>,
  kind: FollowUpTemplateKind,
  attempt: number,
) {
  const own = await ctx.db.followUpTemplate.findUnique({
    where: { storeId_kind_attempt: { storeId: ctx.tenant.storeId, kind, attempt } },
  });
  return own?.message ?? builtIn(kind, attempt);
}

/**
 * Per kind (prepaid first, then COD), attempts 1..3 and any the store added, each with its text
 * and whether it is the default.
 */
export async function listTemplates(ctx: Pick<SellerContext, 'db' | 'tenant'>) {
  const own = await ctx.db.followUpTemplate.findMany({
    where: { storeId: ctx.tenant.storeId },
    orderBy: { attempt: 'asc' },
  });
  return followUpTemplateKinds.flatMap((kind) => {
    const mine = own.filter((t) => t.kind === kind);
    const numbers = new Set([
      ...Object.keys(defaultTemplates[kind]).map(Number),
      ...mine.map((t) => t.attempt),
    ]);
    return [...numbers]
      .sort((a, b) => a - b)
      .map((attempt) => {
        const saved = mine.find((t) => t.attempt === attempt);
        return { kind, attempt, message: saved?.message ?? builtIn(kind, attempt), isDefault: !saved };
      });
  });
}

export async function saveTemplate(
  ctx: Pick<SellerContext, 'db' | 'tenant'>,
  input: z.output<typeof followUpTemplateInput>,
) {
  const { storeId } = ctx.tenant;
  const { kind, attempt, message } = input;
  await ctx.db.followUpTemplate.upsert({
    where: { storeId_kind_attempt: { storeId, kind, attempt } },
    create: { storeId, kind, attempt, message },
    update: { message },
  });
  return { kind, attempt, message, isDefault: false };
}
