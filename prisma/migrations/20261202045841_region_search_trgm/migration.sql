-- CreateIndex
CREATE INDEX "Region_searchName_trgm_idx" ON "Region" USING GIN ("searchName" gin_trgm_ops);
