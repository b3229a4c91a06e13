-- The product list's name search (`searchName LIKE '%term%'`, every search of the seller's product
-- table) reads the trigram GIN index. With GIN's default fastupdate, new rows' entries wait in a
-- pending list of up to gin_pending_list_limit (4 MB) that every search scans in full, until a
-- vacuum or an overflowing insert merges it: after a 50 000-product import, 473 pages, 5 ms of
-- each search (0.1 ms merged). Products are written far less often than searched, so each write
-- updates the index itself. The schema cannot describe index storage parameters, and the schema
-- engine leaves them out of its diff, so this lives here only.
ALTER INDEX "Product_searchName_idx" SET (fastupdate = off);
-- Entries already pending stay there until merged.
SELECT gin_clean_pending_list('"Product_searchName_idx"'::regclass);
