-- CreateTable
CREATE TABLE "PaymentCharge" (
    "id" UUID NOT NULL,
    "storeId" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "provider" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "providerRef" TEXT,
    "channel" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "fee" INTEGER NOT NULL,
    "vaNumber" TEXT,
    "qrString" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "paidAmount" INTEGER,
    "paidAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PaymentCharge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentCallback" (
    "id" UUID NOT NULL,
    "callbackId" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "payload" JSONB NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaymentCallback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BosPayEntry" (
    "id" UUID NOT NULL,
    "storeId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "orderId" UUID,
    "invoice" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BosPayEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PaymentCharge_orderId_key" ON "PaymentCharge"("orderId");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentCharge_externalId_key" ON "PaymentCharge"("externalId");

-- CreateIndex
CREATE INDEX "PaymentCharge_storeId_createdAt_idx" ON "PaymentCharge"("storeId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentCallback_callbackId_key" ON "PaymentCallback"("callbackId");

-- CreateIndex
CREATE INDEX "PaymentCallback_externalId_idx" ON "PaymentCallback"("externalId");

-- CreateIndex
CREATE INDEX "BosPayEntry_storeId_createdAt_id_idx" ON "BosPayEntry"("storeId", "createdAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "BosPayEntry_storeId_kind_orderId_key" ON "BosPayEntry"("storeId", "kind", "orderId");
