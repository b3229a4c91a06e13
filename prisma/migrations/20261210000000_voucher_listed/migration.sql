-- AlterTable
ALTER TABLE "Voucher" ADD COLUMN     "listed" BOOLEAN NOT NULL DEFAULT true;
