-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "bookingAttempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "idempotencyHash" TEXT;

-- CreateIndex
CREATE INDEX "Order_status_updatedAt_idx" ON "Order"("status", "updatedAt");
