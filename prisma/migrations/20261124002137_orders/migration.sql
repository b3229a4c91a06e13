-- DropIndex
DROP INDEX "Order_storeId_buyerPhone_idx";

-- DropIndex
DROP INDEX "Order_storeId_status_createdAt_idx";

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "bookedAt" TIMESTAMP(3),
ADD COLUMN     "cancelReason" TEXT,
ADD COLUMN     "deliveredAt" TIMESTAMP(3),
ADD COLUMN     "followUpCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "itemCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lastFollowUpAt" TIMESTAMP(3),
ADD COLUMN     "otherFees" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "otherFeesTotal" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "paidAmount" INTEGER,
ADD COLUMN     "paidBankAccountId" UUID,
ADD COLUMN     "paymentConfirmedById" UUID,
ADD COLUMN     "paymentNote" TEXT,
ADD COLUMN     "paymentProofUrl" TEXT,
ADD COLUMN     "returnedAt" TIMESTAMP(3),
ADD COLUMN     "shippedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "RegionAlias" (
    "id" INTEGER NOT NULL,
    "regionId" INTEGER NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "RegionAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUpTemplate" (
    "id" UUID NOT NULL,
    "storeId" UUID NOT NULL,
    "attempt" INTEGER NOT NULL,
    "message" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FollowUpTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderFollowUp" (
    "id" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "storeId" UUID NOT NULL,
    "attempt" INTEGER NOT NULL,
    "message" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "waLink" TEXT NOT NULL,
    "actorUserId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrderFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RegionAlias_regionId_idx" ON "RegionAlias"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "FollowUpTemplate_storeId_attempt_key" ON "FollowUpTemplate"("storeId", "attempt");

-- CreateIndex
CREATE INDEX "OrderFollowUp_orderId_createdAt_idx" ON "OrderFollowUp"("orderId", "createdAt");

-- CreateIndex
CREATE INDEX "Order_storeId_status_createdAt_id_idx" ON "Order"("storeId", "status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Order_storeId_buyerPhone_createdAt_idx" ON "Order"("storeId", "buyerPhone", "createdAt");

-- CreateIndex
CREATE INDEX "Order_storeId_awb_idx" ON "Order"("storeId", "awb");

-- CreateIndex
CREATE INDEX "Order_storeId_csMemberId_createdAt_idx" ON "Order"("storeId", "csMemberId", "createdAt");

-- CreateIndex
CREATE INDEX "Order_storeId_paidAt_idx" ON "Order"("storeId", "paidAt");

-- CreateIndex
CREATE INDEX "Order_storeId_shippedAt_idx" ON "Order"("storeId", "shippedAt");

-- CreateIndex
CREATE INDEX "Order_buyerName_idx" ON "Order" USING GIN ("buyerName" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "RegionAlias" ADD CONSTRAINT "RegionAlias_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderFollowUp" ADD CONSTRAINT "OrderFollowUp_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: units per existing order
UPDATE "Order" o SET "itemCount" = COALESCE((SELECT sum(i."quantity") FROM "OrderItem" i WHERE i."orderId" = o."id"), 0);
