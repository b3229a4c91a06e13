-- The platform staff's order list over every store (newest first; a buyer's phone) and the
-- platform dashboard's day ranges over the daily rollups of every store.

-- CreateIndex
CREATE INDEX "Order_createdAt_id_idx" ON "Order"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Order_buyerPhone_createdAt_idx" ON "Order"("buyerPhone", "createdAt");

-- CreateIndex
CREATE INDEX "StoreDailyRollup_day_idx" ON "StoreDailyRollup"("day");

-- CreateIndex
CREATE INDEX "StoreVariantDailyRollup_day_idx" ON "StoreVariantDailyRollup"("day");
