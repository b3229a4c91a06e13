-- COD risk score (issue 18): a held order waits in awaiting_confirmation for the buyer's WhatsApp reply.
ALTER TYPE "OrderStatus" ADD VALUE 'awaiting_confirmation' BEFORE 'ready_to_ship';

ALTER TABLE "Order" ADD COLUMN "riskScore" DOUBLE PRECISION,
ADD COLUMN "riskReasons" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN "confirmDueAt" TIMESTAMP(3);

ALTER TABLE "Form" ADD COLUMN "riskPolicy" JSONB NOT NULL DEFAULT '{}';

-- The timeout sweep finds held orders past their deadline.
CREATE INDEX "Order_status_confirmDueAt_idx" ON "Order"("status", "confirmDueAt");
