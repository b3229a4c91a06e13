-- CreateTable
CREATE TABLE "ShippingWebhookInbox" (
    "id" TEXT NOT NULL,
    "seq" BIGSERIAL NOT NULL,
    "body" JSONB NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedUntil" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "appliedAt" TIMESTAMP(3),
    "outcome" TEXT,

    CONSTRAINT "ShippingWebhookInbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ShippingWebhookInbox_appliedAt_seq_idx" ON "ShippingWebhookInbox"("appliedAt", "seq");
