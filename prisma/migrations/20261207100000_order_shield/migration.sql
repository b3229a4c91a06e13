-- CreateEnum
CREATE TYPE "ShieldBlockKind" AS ENUM ('phone', 'ip', 'device');

-- AlterEnum
ALTER TYPE "OrderStatus" ADD VALUE 'suspicious';

-- AlterTable
ALTER TABLE "Form" ADD COLUMN     "shield" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "buyerIp" TEXT,
ADD COLUMN     "deviceId" TEXT,
ADD COLUMN     "heldUntil" TIMESTAMP(3),
ADD COLUMN     "shieldReasons" JSONB NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "ShieldBlock" (
    "id" UUID NOT NULL,
    "storeId" UUID NOT NULL,
    "kind" "ShieldBlockKind" NOT NULL,
    "value" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "addedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShieldBlock_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ShieldBlock_storeId_createdAt_id_idx" ON "ShieldBlock"("storeId", "createdAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ShieldBlock_storeId_kind_value_key" ON "ShieldBlock"("storeId", "kind", "value");

-- CreateIndex
CREATE INDEX "Order_storeId_buyerIp_createdAt_idx" ON "Order"("storeId", "buyerIp", "createdAt");

-- CreateIndex
CREATE INDEX "Order_status_heldUntil_idx" ON "Order"("status", "heldUntil");
