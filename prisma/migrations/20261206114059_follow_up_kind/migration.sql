-- AlterTable
ALTER TABLE "OrderFollowUp" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'manual';

-- Follow-ups written before the series existed: the planned ones are those with a due time.
UPDATE "OrderFollowUp" SET "kind" = 'scheduled' WHERE "dueAt" IS NOT NULL;
