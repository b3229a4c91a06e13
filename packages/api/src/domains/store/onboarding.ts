import type { onboardingSteps } from '@bosonline/contracts';
import type { SellerContext } from '../../context.ts';
import { notFound } from '../../lib/errors.ts';

type StepKey = (typeof onboardingSteps)[number];

const steps: Array<{ key: StepKey; title: string; description: string }> = [
  {
    key: 'storeProfile',
    title: 'Complete your store profile',
    description: 'Add a logo and the customer-service WhatsApp number buyers will contact.',
  },
  {
    key: 'warehouse',
    title: 'Add a warehouse',
    description: 'Couriers pick orders up from your warehouse address.',
  },
  {
    key: 'bankAccount',
    title: 'Add a bank account',
    description: 'Buyers paying by bank transfer pay into your active accounts.',
  },
  {
    key: 'product',
    title: 'Add your first product',
    description: 'Products with their variants and stock are what your order forms sell.',
  },
  {
    key: 'subdomain',
    title: 'Choose your subdomain',
    description: 'Your order forms are served at your-name.bosonline.id.',
  },
];

/** Derived from the store's data on every read; only the dismissal is stored. */
export async function onboarding(ctx: SellerContext) {
  const storeId = ctx.tenant.storeId;
  const [store, warehouse, bankAccount, product] = await Promise.all([
    ctx.db.store.findUnique({
      where: { id: storeId },
      select: { logoUrl: true, csPhone: true, slug: true, onboardingDismissedAt: true },
    }),
    ctx.db.warehouse.findFirst({ where: { storeId, deletedAt: null }, select: { id: true } }),
    ctx.db.bankAccount.findFirst({ where: { storeId, active: true }, select: { id: true } }),
    ctx.db.product.findFirst({ where: { storeId, deletedAt: null }, select: { id: true } }),
  ]);
  if (!store) throw notFound('Store');
  const done: Record<StepKey, boolean> = {
    storeProfile: !!store.logoUrl && !!store.csPhone,
    warehouse: !!warehouse,
    bankAccount: !!bankAccount,
    product: !!product,
    subdomain: !!store.slug,
  };
  const list = steps.map((step) => ({ ...step, done: done[step.key] }));
  return {
    steps: list,
    completed: list.filter((step) => step.done).length,
    total: list.length,
    dismissedAt: store.onboardingDismissedAt,
  };
}

export async function dismiss(ctx: SellerContext) {
  // The first dismissal is the one worth keeping.
  await ctx.db.store.updateMany({
    where: { id: ctx.tenant.storeId, onboardingDismissedAt: null },
    data: { onboardingDismissedAt: ctx.clock.now() },
  });
  return onboarding(ctx);
}
