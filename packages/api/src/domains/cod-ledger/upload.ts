import type { codRemittanceFilesOutput, codRemittanceUploadOutput } from '@bosonline/contracts';
import type { z } from 'zod';
import type { SellerContext } from '../../context.ts';
import { jakartaDay } from '../order/filter.ts';
import { remittanceFilesSql } from './cod-ledger.sql.ts';
import { readRemittanceFile } from './remittance-file.ts';
import { findingsOf } from './report.ts';

type UploadAnswer = z.output<typeof codRemittanceUploadOutput>;

/** Thrown to roll a preview's transaction back, carrying what it would have done. */
class PreviewDone extends Error {
  constructor(readonly answer: UploadAnswer) {
    super('preview');
  }
}

/**
 * "Upload courier remittance": read and check the whole file (a bad row refuses it, 400), then in
 * one transaction record the file and its lines, each matched by AWB to one of the store's COD
 * orders, and answer the findings its AWBs take part in. The same file again (its SHA-256) records
 * nothing; a line an earlier file already recorded is skipped. With `preview=true` the same work
 * runs and is rolled back, so the seller sees the findings before committing.
 */
export async function upload(ctx: SellerContext, form: FormData): Promise<UploadAnswer> {
  const now = ctx.clock.now();
  const preview = form.get('preview') === 'true';
  const dueAfterDays = Number(form.get('due_after_days') ?? form.get('dueAfterDays') ?? 7);
  const due = Number.isInteger(dueAfterDays) && dueAfterDays >= 1 && dueAfterDays <= 90 ? dueAfterDays : 7;
  const file = await readRemittanceFile(form, jakartaDay(now));
  const storeId = ctx.tenant.storeId;
  const awbs = [...new Set(file.lines.map((l) => l.awb))];
  const amount = file.lines.reduce((sum, l) => sum + l.amount, 0);

  const known = await ctx.db.codRemittanceFile.findUnique({
    where: { storeId_sha256: { storeId, sha256: file.sha256 } },
  });
  if (known) {
    const matched = await ctx.db.codRemittanceLine.count({
      where: { fileId: known.id, orderId: { not: null } },
    });
    const recordedBefore = await ctx.db.codRemittanceLine.count({ where: { fileId: known.id } });
    return {
      fileId: known.id,
      preview,
      duplicate: true,
      rows: file.lines.length,
      recorded: 0,
      skipped: file.lines.length,
      matched,
      unknown: recordedBefore - matched,
      amount,
      findings: await findingsOf(ctx.db, storeId, now, due, { awbs }),
    };
  }

  try {
    return await ctx.db.$transaction(async (tx) => {
      const orders = await tx.order.findMany({
        where: { storeId, paymentMethod: 'cod', awb: { in: awbs } },
        select: { id: true, awb: true },
      });
      const orderOf = new Map(orders.map((o) => [o.awb, o.id]));
      const row = await tx.codRemittanceFile.create({
        data: {
          storeId,
          filename: file.filename,
          sha256: file.sha256,
          format: file.format,
          rowCount: file.lines.length,
          uploadedById: ctx.actor.userId,
        },
      });
      const { count: recorded } = await tx.codRemittanceLine.createMany({
        data: file.lines.map((l) => ({
          storeId,
          fileId: row.id,
          rowNumber: l.rowNumber,
          awb: l.awb,
          amount: l.amount,
          remittedOn: new Date(`${l.remittedOn}T00:00:00Z`),
          reference: l.reference,
          orderId: orderOf.get(l.awb) ?? null,
          lineKey: l.lineKey,
        })),
        skipDuplicates: true,
      });
      const skipped = file.lines.length - recorded;
      if (skipped)
        await tx.codRemittanceFile.update({ where: { id: row.id }, data: { skippedCount: skipped } });
      const matched = file.lines.filter((l) => orderOf.has(l.awb)).length;
      const answer: UploadAnswer = {
        fileId: preview ? null : row.id,
        preview,
        duplicate: false,
        rows: file.lines.length,
        recorded,
        skipped,
        matched,
        unknown: file.lines.length - matched,
        amount,
        findings: await findingsOf(tx, storeId, now, due, { awbs }),
      };
      if (preview) throw new PreviewDone(answer);
      return answer;
    });
  } catch (error) {
    if (error instanceof PreviewDone) return error.answer;
    throw error;
  }
}

/** The store's uploaded files, newest first. */
export async function files(
  ctx: Pick<SellerContext, 'db' | 'tenant'>,
): Promise<z.output<typeof codRemittanceFilesOutput>> {
  const rows = await ctx.db.$queryRaw<z.output<typeof codRemittanceFilesOutput>['files']>(
    remittanceFilesSql(ctx.tenant.storeId, 50),
  );
  return { files: rows };
}
