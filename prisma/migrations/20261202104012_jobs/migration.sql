-- AlterTable
ALTER TABLE "Form" ADD COLUMN     "paymentWindowHours" INTEGER NOT NULL DEFAULT 24;

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "paymentDueAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "OrderFollowUp" ADD COLUMN     "dueAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "FollowUpStep" (
    "id" UUID NOT NULL,
    "storeId" UUID NOT NULL,
    "paymentMethod" "PaymentMethod" NOT NULL,
    "attempt" INTEGER NOT NULL,
    "hoursAfter" INTEGER NOT NULL,
    "message" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FollowUpStep_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FollowUpStep_storeId_paymentMethod_attempt_key" ON "FollowUpStep"("storeId", "paymentMethod", "attempt");

-- CreateIndex
CREATE INDEX "Order_status_paymentDueAt_idx" ON "Order"("status", "paymentDueAt");

-- CreateIndex
CREATE INDEX "OrderFollowUp_status_dueAt_idx" ON "OrderFollowUp"("status", "dueAt");
