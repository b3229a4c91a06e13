-- Case-insensitive SKU prefix search within one store (the product list's `q`): a btree on the
-- lower-cased SKU with text_pattern_ops serves `lower(sku) LIKE 'prefix%'` whatever the database's
-- collation. Prisma's schema cannot describe expression indexes, so it lives here only (the
-- schema engine leaves expression indexes out of its diff).
CREATE INDEX "Variant_storeId_lower_sku_prefix_idx" ON "Variant" ("storeId", lower("sku") text_pattern_ops);
CREATE INDEX "Product_storeId_lower_sku_prefix_idx" ON "Product" ("storeId", lower("sku") text_pattern_ops);
