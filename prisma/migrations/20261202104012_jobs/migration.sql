-- AlterTable
ALTER TABLE "Form" ADD COLUMN     "paymentWindowHours" INTEGER NOT NULL DEFAULT 24;

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "paymentDueAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "OrderFollowUp" ADD COLUMN     "dueAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Order_status_paymentDueAt_idx" ON "Order"("status", "paymentDueAt");

-- CreateIndex
CREATE INDEX "OrderFollowUp_status_dueAt_idx" ON "OrderFollowUp"("status", "dueAt");
