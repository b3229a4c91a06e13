-- Manual orders (h-manual): who placed an order on a buyer's behalf; null for the buyer's own checkout.
ALTER TABLE "Order" ADD COLUMN "createdById" UUID;
