-- AlterTable
ALTER TABLE "Warehouse" ADD COLUMN     "boscodId" TEXT;

-- CreateTable
CREATE TABLE "ShippingWebhookReceipt" (
    "id" TEXT NOT NULL,
    "orderId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShippingWebhookReceipt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ShippingWebhookReceipt_orderId_idx" ON "ShippingWebhookReceipt"("orderId");

-- CreateIndex
CREATE INDEX "Order_shipmentRef_idx" ON "Order"("shipmentRef");
