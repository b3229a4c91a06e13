-- AlterTable
ALTER TABLE "OrderFollowUp" ADD COLUMN     "deliveryError" TEXT,
ADD COLUMN     "deliveryStatus" TEXT,
ADD COLUMN     "deliveryStatusAt" TIMESTAMP(3),
ADD COLUMN     "messageId" TEXT;

-- CreateTable
CREATE TABLE "StoreApiKey" (
    "id" UUID NOT NULL,
    "storeId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "scopes" TEXT[],
    "createdByUserId" UUID NOT NULL,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoreApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "StoreApiKey_hash_key" ON "StoreApiKey"("hash");

-- CreateIndex
CREATE INDEX "StoreApiKey_storeId_createdAt_idx" ON "StoreApiKey"("storeId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "OrderFollowUp_messageId_key" ON "OrderFollowUp"("messageId");
