-- The order list of platform staff over every store (newest first, and by buyer phone) and the day
-- ranges of the platform dashboard over the daily rollups of every store.

-- CreateIndex
CREATE INDEX "Order_createdAt_id_idx" ON "Order"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Order_buyerPhone_createdAt_idx" ON "Order"("buyerPhone", "createdAt");

-- CreateIndex
CREATE INDEX "StoreDailyRollup_day_idx" ON "StoreDailyRollup"("day");

-- CreateIndex
CREATE INDEX "StoreVariantDailyRollup_day_idx" ON "StoreVariantDailyRollup"("day");

-- CreateIndex
CREATE INDEX "Order_invoice_idx" ON "Order"("invoice");

-- CreateIndex
CREATE INDEX "Order_awb_idx" ON "Order"("awb");
