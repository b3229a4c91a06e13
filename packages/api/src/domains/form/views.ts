import { type FormSummary, type FormView, formPath } from '@bosonline/contracts';
import type { Prisma } from '@bosonline/db';
import { formSettings, storedShieldRules } from './settings.ts';

export const formInclude = {
  items: {
    orderBy: [{ position: 'asc' }, { variantId: 'asc' }],
    include: {
      variant: {
        include: {
          product: { select: { id: true, name: true, status: true, deletedAt: true, weightGrams: true } },
        },
      },
    },
  },
  staff: { include: { member: { include: { user: { select: { id: true, name: true } } } } } },
} satisfies Prisma.FormInclude;

export type FormRow = Prisma.FormGetPayload<{ include: typeof formInclude }>;
type ItemRow = FormRow['items'][number];

type SellableFacts = {
  status: string;
  deletedAt: Date | string | null;
  product: { status: string; deletedAt: Date | string | null };
};

/** Buyers can order it: the variant and its product are active and neither is deleted. */
export function sellable(variant: SellableFacts): boolean {
  return (
    variant.status === 'active' &&
    !variant.deletedAt &&
    variant.product.status === 'active' &&
    !variant.product.deletedAt
  );
}

export function itemAvailable(item: ItemRow): boolean {
  return sellable(item.variant);
}

export function optionsOf(value: Prisma.JsonValue): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

export function formView(row: FormRow): FormView {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    url: formPath(row.slug),
    status: row.status,
    headline: row.headline,
    description: row.description,
    ...formSettings(row),
    shield: storedShieldRules(row.shield),
    items: row.items.map((item) => ({
      variantId: item.variantId,
      productId: item.variant.productId,
      productName: item.variant.product.name,
      variantName: item.variant.name,
      sku: item.variant.sku,
      options: optionsOf(item.variant.options),
      price: item.price ?? item.variant.price,
      formPrice: item.price,
      variantPrice: item.variant.price,
      available: itemAvailable(item),
    })),
    staff: row.staff
      .map((s) => ({ memberId: s.memberId, userId: s.member.user.id, name: s.member.user.name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function summaryView(
  row: Pick<FormRow, 'id' | 'name' | 'slug' | 'status' | 'paymentMethods' | 'createdAt' | 'updatedAt'> & {
    _count: { items: number };
  },
): FormSummary {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    url: formPath(row.slug),
    status: row.status,
    paymentMethods: [...new Set(row.paymentMethods)],
    itemCount: row._count.items,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export const summarySelect = {
  id: true,
  name: true,
  slug: true,
  status: true,
  paymentMethods: true,
  createdAt: true,
  updatedAt: true,
  _count: { select: { items: true } },
} satisfies Prisma.FormSelect;
