import type {
  FormCreateInput,
  FormUpdateInput,
  SuccessPage,
  successPageUpdateInput,
} from '@bosonline/contracts';
import type { z } from 'zod';
import type { SellerContext } from '../../context.ts';
import { conflict, invalidField, notFound } from '../../lib/errors.ts';
import type { Tx } from '../inventory/ledger.ts';
import { longTransaction } from '../product/load.ts';
import { formSettings, settingsData, shieldData, storedShieldRules, storedSuccessPage } from './settings.ts';
import { deletedSlug, freeSlug, isSlugClash, slugTaken } from './slug.ts';
import { type FormRow, formInclude, formView, summarySelect, summaryView } from './views.ts';

const slugConflict = () => conflict('This slug is already used by another form', 'slug');

async function owned(tx: Tx, storeId: string, id: string): Promise<FormRow> {
  const row = await tx.form.findFirst({ where: { id, storeId, deletedAt: null }, include: formInclude });
  if (!row) throw notFound('Form');
  return row;
}

export async function detail(ctx: SellerContext, id: string) {
  return formView(await owned(ctx.db, ctx.tenant.storeId, id));
}

/** Items must be live variants of this store; anything else is as absent as another store's. */
async function assertVariants(tx: Tx, storeId: string, items: Array<{ variantId: string }>) {
  const ids = items.map((i) => i.variantId);
  const found = await tx.variant.count({
    where: { id: { in: ids }, storeId, deletedAt: null, product: { deletedAt: null } },
  });
  if (found !== ids.length) throw notFound('Variant');
}

/** Staff must be active CS members of this store: they are who the form's orders rotate among. */
async function assertStaff(tx: Tx, storeId: string, memberIds: string[]) {
  if (!memberIds.length) return;
  const members = await tx.storeMember.findMany({
    where: { id: { in: memberIds }, storeId, status: 'active', user: { status: 'active' } },
    select: { id: true, role: true },
  });
  if (members.length !== memberIds.length) throw notFound('Staff member');
  const roles = new Map(members.map((m) => [m.id, m.role]));
  const index = memberIds.findIndex((id) => roles.get(id) !== 'cs');
  if (index >= 0) throw invalidField(`staffMemberIds.${index}`, 'Only CS staff receive form orders');
}

function itemRows(items: Array<{ variantId: string; price: number | null }>) {
  return items.map((item, position) => ({ variantId: item.variantId, price: item.price, position }));
}

/**
 * Runs a write that may claim a slug. A generated slug lost to a concurrent writer is generated
 * again; a slug the seller chose is theirs to change (409 on `slug`).
 */
async function claimingSlug<T>(generated: boolean, write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await write();
    } catch (error) {
      if (!isSlugClash(error)) throw error;
      if (!generated || attempt >= 5) throw slugConflict();
    }
  }
}

export async function create(ctx: SellerContext, input: FormCreateInput) {
  const { storeId } = ctx.tenant;
  const { items, staffMemberIds, slug, name, status, headline, description, shield, ...settings } = input;
  const id = await claimingSlug(!slug, () =>
    ctx.db.$transaction(async (tx) => {
      await assertVariants(tx, storeId, items);
      await assertStaff(tx, storeId, staffMemberIds);
      if (slug && (await slugTaken(tx, slug))) throw slugConflict();
      const form = await tx.form.create({
        data: {
          storeId,
          name,
          slug: slug ?? (await freeSlug(tx, name)),
          status,
          headline,
          description,
          ...settingsData(settings),
          shield: shieldData(shield),
          items: { create: itemRows(items) },
          staff: { create: staffMemberIds.map((memberId) => ({ memberId })) },
        },
        select: { id: true },
      });
      return form.id;
    }),
  );
  return detail(ctx, id);
}

/** "Edit Form": fields left out stay; `items` and `staffMemberIds`, when given, replace the lists. */
export async function update(ctx: SellerContext, input: FormUpdateInput) {
  const { storeId } = ctx.tenant;
  const { id, items, staffMemberIds, slug, name, status, headline, description, shield, ...settings } = input;
  await claimingSlug(false, () =>
    ctx.db.$transaction(async (tx) => {
      await owned(tx, storeId, id);
      if (slug && (await slugTaken(tx, slug, id))) throw slugConflict();
      if (items) await assertVariants(tx, storeId, items);
      if (staffMemberIds) await assertStaff(tx, storeId, staffMemberIds);
      await tx.form.update({
        where: { id },
        data: {
          name,
          slug,
          status,
          headline,
          description,
          ...settingsData(settings),
          shield: shieldData(shield),
        },
      });
      if (items) {
        await tx.formItem.deleteMany({ where: { formId: id } });
        await tx.formItem.createMany({ data: itemRows(items).map((row) => ({ ...row, formId: id })) });
      }
      if (staffMemberIds) {
        await tx.formStaff.deleteMany({ where: { formId: id } });
        await tx.formStaff.createMany({ data: staffMemberIds.map((memberId) => ({ formId: id, memberId })) });
      }
    }),
  );
  return detail(ctx, id);
}

/** "Edit Status Form": one or many; all of them are this store's live forms, or nothing changes. */
export async function setStatus(ctx: SellerContext, ids: string[], status: 'active' | 'inactive') {
  const unique = [...new Set(ids)];
  return ctx.db.$transaction(async (tx) => {
    const { count } = await tx.form.updateMany({
      where: { id: { in: unique }, storeId: ctx.tenant.storeId, deletedAt: null },
      data: { status },
    });
    if (count !== unique.length) throw notFound('Form');
    return { updated: count };
  });
}

/** "Custom Success Page": what buyers see after ordering. */
export async function successPage(ctx: SellerContext, id: string): Promise<SuccessPage> {
  const row = await ctx.db.form.findFirst({
    where: { id, storeId: ctx.tenant.storeId, deletedAt: null },
    select: { successPage: true },
  });
  if (!row) throw notFound('Form');
  return storedSuccessPage(row.successPage);
}

export async function updateSuccessPage(ctx: SellerContext, input: z.output<typeof successPageUpdateInput>) {
  const { id, ...page } = input;
  const { count } = await ctx.db.form.updateMany({
    where: { id, storeId: ctx.tenant.storeId, deletedAt: null },
    data: settingsData({ successPage: page }),
  });
  if (!count) throw notFound('Form');
  return successPage(ctx, id);
}

/**
 * "Delete Form": orders keep pointing at the form, so it is hidden (deletedAt) rather than removed,
 * and its slug is renamed so the address can be used again.
 */
export async function remove(ctx: SellerContext, id: string) {
  await ctx.db.$transaction(async (tx) => {
    const form = await owned(tx, ctx.tenant.storeId, id);
    await tx.form.update({
      where: { id },
      data: { deletedAt: ctx.clock.now(), status: 'inactive', slug: await deletedSlug(tx, form) },
    });
  });
}

const copyName = (name: string) => `${name.slice(0, 120 - ' (copy)'.length)} (copy)`;

/** A copy of a form under a new slug, inactive until the seller has looked it over. */
async function copyOf(tx: Tx, source: FormRow): Promise<string> {
  const copy = await tx.form.create({
    data: {
      storeId: source.storeId,
      name: copyName(source.name),
      slug: await freeSlug(tx, `${source.slug}-copy`),
      status: 'inactive',
      headline: source.headline,
      description: source.description,
      ...settingsData(formSettings(source)),
      shield: shieldData(storedShieldRules(source.shield)),
      items: {
        create: source.items.map((i) => ({ variantId: i.variantId, price: i.price, position: i.position })),
      },
      staff: { create: source.staff.map((s) => ({ memberId: s.memberId })) },
    },
    select: { id: true },
  });
  return copy.id;
}

/** "Duplicate form". */
export async function duplicate(ctx: SellerContext, id: string) {
  const copyId = await claimingSlug(true, () =>
    ctx.db.$transaction(async (tx) => copyOf(tx, await owned(tx, ctx.tenant.storeId, id))),
  );
  return detail(ctx, copyId);
}

/** "Duplicate form batch": every form is this store's, or no copy is made. */
export async function duplicateBatch(ctx: SellerContext, ids: string[]) {
  const unique = [...new Set(ids)];
  const copyIds = await claimingSlug(true, () =>
    ctx.db.$transaction(async (tx) => {
      const sources = await tx.form.findMany({
        where: { id: { in: unique }, storeId: ctx.tenant.storeId, deletedAt: null },
        include: formInclude,
      });
      if (sources.length !== unique.length) throw notFound('Form');
      const byId = new Map(sources.map((s) => [s.id, s]));
      const copies: string[] = [];
      for (const id of unique) copies.push(await copyOf(tx, byId.get(id) as FormRow));
      return copies;
    }, longTransaction),
  );
  const rows = await ctx.db.form.findMany({ where: { id: { in: copyIds } }, select: summarySelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { items: copyIds.flatMap((id) => byId.get(id) ?? []).map(summaryView) };
}
