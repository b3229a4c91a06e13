import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrationsDir } from './paths.ts';
import { createPglite } from './pglite.ts';
import { migrationNames } from './schema-engine.ts';

// The migration that split follow-up texts by kind of order keeps every store's saved text
// reaching the buyers it was written for: a transfer text stays with prepaid orders, a COD text
// goes to COD orders, and a text for both (or neither) keeps going to both.

const migration = '20261208020000_follow_up_template_kinds';

describe(`migration ${migration}`, () => {
  it("keeps a store's saved follow-up texts as the kind they were written for", async () => {
    const db = createPglite();
    try {
      const sql = (name: string) => readFile(join(migrationsDir, name, 'migration.sql'), 'utf8');
      for (const name of (await migrationNames()).filter((n) => n < migration))
        await db.exec(await sql(name));
      const store = '00000000-0000-4000-8000-000000000001';
      const saved: Array<[number, string]> = [
        [1, 'Halo {buyer_name}, sudah transfer? Kirim bukti pembayarannya: {payment_link}'],
        [2, 'Halo {buyer_name}, pesanan COD {invoice} dikirim, siapkan uang tunai {total}'],
        [3, 'Halo {buyer_name}, terima kasih sudah memesan {product}'],
        [4, 'Bayar lewat transfer atau COD ke kurir, {buyer_name}'],
        [5, 'Kode voucher CODEX untuk pesanan berikutnya'],
      ];
      for (const [attempt, message] of saved) {
        await db.query(
          `INSERT INTO "FollowUpTemplate" ("id", "storeId", "attempt", "message", "updatedAt")
           VALUES (gen_random_uuid(), $1, $2, $3, now())`,
          [store, attempt, message],
        );
      }
      await db.exec(await sql(migration));
      const rows = await db.query<{ attempt: number; kind: string; message: string }>(
        `SELECT "attempt", "kind"::text AS "kind", "message" FROM "FollowUpTemplate" ORDER BY "attempt", "kind"`,
      );
      expect(rows.rows.map((r) => [r.attempt, r.kind])).toEqual([
        [1, 'prepaid'],
        [2, 'cod'],
        [3, 'cod'],
        [3, 'prepaid'],
        [4, 'cod'],
        [4, 'prepaid'],
        [5, 'cod'],
        [5, 'prepaid'],
      ]);
      // The texts themselves are untouched.
      expect(new Set(rows.rows.map((r) => r.message))).toEqual(new Set(saved.map(([, m]) => m)));
    } finally {
      await db.close();
    }
  });
});
