-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "confirmByPhone" BOOLEAN NOT NULL DEFAULT false;
