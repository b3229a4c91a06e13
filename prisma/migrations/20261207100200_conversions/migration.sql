-- CreateEnum
CREATE TYPE "ConversionPlatform" AS ENUM ('meta', 'tiktok');

-- CreateEnum
CREATE TYPE "ConversionTrigger" AS ENUM ('created', 'paid', 'delivered');

-- CreateEnum
CREATE TYPE "ConversionDeliveryStatus" AS ENUM ('pending', 'sent', 'failed', 'skipped');

-- CreateTable
CREATE TABLE "ConversionSetting" (
    "formId" UUID NOT NULL,
    "storeId" UUID NOT NULL,
    "metaAccessToken" TEXT,
    "tiktokAccessToken" TEXT,
    "codPurchaseOn" "ConversionTrigger" NOT NULL DEFAULT 'delivered',
    "prepaidPurchaseOn" "ConversionTrigger" NOT NULL DEFAULT 'paid',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConversionSetting_pkey" PRIMARY KEY ("formId")
);

-- CreateTable
CREATE TABLE "OrderAdContext" (
    "orderId" UUID NOT NULL,
    "eventId" TEXT NOT NULL,
    "clientIp" TEXT,
    "userAgent" TEXT,
    "sourceUrl" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrderAdContext_pkey" PRIMARY KEY ("orderId")
);

-- CreateTable
CREATE TABLE "ConversionDelivery" (
    "id" UUID NOT NULL,
    "storeId" UUID NOT NULL,
    "formId" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "platform" "ConversionPlatform" NOT NULL,
    "eventName" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "trigger" "ConversionTrigger" NOT NULL,
    "eventTime" TIMESTAMP(3) NOT NULL,
    "status" "ConversionDeliveryStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "statusCode" INTEGER,
    "response" TEXT,
    "notBefore" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConversionDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ConversionSetting_storeId_idx" ON "ConversionSetting"("storeId");

-- CreateIndex
CREATE INDEX "ConversionDelivery_storeId_formId_createdAt_idx" ON "ConversionDelivery"("storeId", "formId", "createdAt");

-- CreateIndex
CREATE INDEX "ConversionDelivery_status_createdAt_idx" ON "ConversionDelivery"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ConversionDelivery_orderId_platform_eventName_key" ON "ConversionDelivery"("orderId", "platform", "eventName");

-- AddForeignKey
ALTER TABLE "ConversionSetting" ADD CONSTRAINT "ConversionSetting_formId_fkey" FOREIGN KEY ("formId") REFERENCES "Form"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderAdContext" ADD CONSTRAINT "OrderAdContext_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversionDelivery" ADD CONSTRAINT "ConversionDelivery_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;
