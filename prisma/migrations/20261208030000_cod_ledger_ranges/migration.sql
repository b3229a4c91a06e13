-- COD ledger date ranges (h-gaps18b): a store's report and findings read a span of days by the
-- instant its parcels were delivered (or returned).
-- No semicolon may appear in a comment here: the driver adapter splits the script on them.
-- CreateIndex
CREATE INDEX "Order_storeId_deliveredAt_idx" ON "Order"("storeId", "deliveredAt");

-- CreateIndex
CREATE INDEX "Order_storeId_returnedAt_idx" ON "Order"("storeId", "returnedAt");
