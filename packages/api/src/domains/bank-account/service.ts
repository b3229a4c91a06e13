import {
  type BankAccountView,
  type bankAccountInput,
  type bankAccountUpdateInput,
  maxBankAccounts,
  tooManyBankAccounts,
} from '@bosonline/contracts';
import type { Prisma } from '@bosonline/db';
import type { z } from 'zod';
import type { Context, SellerContext, StoreScope } from '../../context.ts';
import { conflict, invalidField, notFound } from '../../lib/errors.ts';

const withBank = { bank: true } satisfies Prisma.BankAccountInclude;
type Row = Prisma.BankAccountGetPayload<{ include: typeof withBank }>;

function view(row: Row): BankAccountView {
  return {
    id: row.id,
    bank: { code: row.bank.code, name: row.bank.name, logoUrl: row.bank.logoUrl },
    accountNumber: row.accountNumber,
    accountHolder: row.accountHolder,
    active: row.active,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function listBanks(ctx: Pick<Context, 'db'>) {
  return ctx.db.bank.findMany({ orderBy: { name: 'asc' } });
}

export async function list(ctx: StoreScope, filter: { active?: boolean }) {
  const rows = await ctx.db.bankAccount.findMany({
    where: { storeId: ctx.tenant.storeId, active: filter.active },
    include: withBank,
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return rows.map(view);
}

async function owned(ctx: SellerContext, id: string): Promise<Row> {
  const row = await ctx.db.bankAccount.findFirst({
    where: { id, storeId: ctx.tenant.storeId },
    include: withBank,
  });
  if (!row) throw notFound('Bank account');
  return row;
}

export async function detail(ctx: SellerContext, id: string) {
  return view(await owned(ctx, id));
}

async function assertBank(ctx: SellerContext, bankCode: string | undefined) {
  if (bankCode && !(await ctx.db.bank.findUnique({ where: { code: bankCode } }))) {
    throw invalidField('bankCode', `Unknown bank "${bankCode}"; see the bank list`);
  }
}

const duplicate = () => conflict('This account number is already saved for that bank', 'accountNumber');

export async function create(ctx: SellerContext, input: z.output<typeof bankAccountInput>) {
  await assertBank(ctx, input.bankCode);
  const exists = await ctx.db.bankAccount.findFirst({
    where: { storeId: ctx.tenant.storeId, bankCode: input.bankCode, accountNumber: input.accountNumber },
  });
  if (exists) throw duplicate();
  const count = await ctx.db.bankAccount.count({ where: { storeId: ctx.tenant.storeId } });
  if (count >= maxBankAccounts) throw conflict(tooManyBankAccounts);
  const row = await ctx.db.bankAccount.create({
    data: { ...input, storeId: ctx.tenant.storeId },
    include: withBank,
  });
  return view(row);
}

export async function update(ctx: SellerContext, input: z.output<typeof bankAccountUpdateInput>) {
  const { id, ...changes } = input;
  const current = await owned(ctx, id);
  await assertBank(ctx, changes.bankCode);
  const bankCode = changes.bankCode ?? current.bankCode;
  const accountNumber = changes.accountNumber ?? current.accountNumber;
  const clash = await ctx.db.bankAccount.findFirst({
    where: { storeId: ctx.tenant.storeId, bankCode, accountNumber, id: { not: id } },
  });
  if (clash) throw duplicate();
  const row = await ctx.db.bankAccount.update({ where: { id }, data: changes, include: withBank });
  return view(row);
}

export async function setActive(ctx: SellerContext, id: string, active: boolean) {
  await owned(ctx, id);
  const row = await ctx.db.bankAccount.update({ where: { id }, data: { active }, include: withBank });
  return view(row);
}

/** Orders keep a copy of the account they were paid to, so deleting one rewrites no history. */
export async function remove(ctx: SellerContext, id: string) {
  await owned(ctx, id);
  await ctx.db.bankAccount.delete({ where: { id } });
}
