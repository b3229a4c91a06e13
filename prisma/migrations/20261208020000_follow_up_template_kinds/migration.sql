-- Follow-up texts per kind of order (h-gaps18a): prepaid (transfer, gateway) and COD buyers get different texts.
-- A store's saved text used to go to every order. It is kept as the kind it was written for: one that talks
-- only about paying (transfer, bukti, rekening, pembayaran) stays the prepaid text, one that talks only about
-- COD (cod, tunai, bayar di tempat, kurir) becomes the COD text, and one that talks about both or neither
-- keeps going to both kinds, as it did before.
-- No semicolon may appear in a comment here: the driver adapter splits the script on them.
CREATE TYPE "FollowUpTemplateKind" AS ENUM ('prepaid', 'cod');

ALTER TABLE "FollowUpTemplate" ADD COLUMN "kind" "FollowUpTemplateKind" NOT NULL DEFAULT 'prepaid';

DROP INDEX "FollowUpTemplate_storeId_attempt_key";

CREATE UNIQUE INDEX "FollowUpTemplate_storeId_kind_attempt_key" ON "FollowUpTemplate"("storeId", "kind", "attempt");

UPDATE "FollowUpTemplate" SET "kind" = 'cod'
WHERE "message" ~* '(\mcod\M|tunai|bayar di tempat|kurir)'
  AND "message" !~* '(transfer|bukti|rekening|pembayaran)';

INSERT INTO "FollowUpTemplate" ("id", "storeId", "kind", "attempt", "message", "createdAt", "updatedAt")
SELECT gen_random_uuid(), "storeId", 'cod', "attempt", "message", "createdAt", "updatedAt"
FROM "FollowUpTemplate"
WHERE "kind" = 'prepaid'
  AND ("message" ~* '(\mcod\M|tunai|bayar di tempat|kurir)') = ("message" ~* '(transfer|bukti|rekening|pembayaran)');

ALTER TABLE "FollowUpTemplate" ALTER COLUMN "kind" DROP DEFAULT;
