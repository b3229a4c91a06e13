-- Manual orders (h-manual): who placed an order for the buyer ("Atur Pengiriman"), null for a checkout by the buyer.
-- No semicolon may appear in a comment here: the driver adapter splits the script on them.
ALTER TABLE "Order" ADD COLUMN "createdById" UUID;
