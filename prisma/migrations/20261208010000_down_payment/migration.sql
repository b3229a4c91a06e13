-- COD risk's down payment (h-downpay): the transfer a held risky COD order waits for, and when the seller confirmed it.
-- No semicolon may appear in a comment here: the driver adapter splits the script on them.
ALTER TABLE "Order" ADD COLUMN "downPayment" INTEGER,
ADD COLUMN "downPaymentPaidAt" TIMESTAMP(3);
