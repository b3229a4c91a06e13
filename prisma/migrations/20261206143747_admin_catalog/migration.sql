-- CreateEnum
CREATE TYPE "ProductMarking" AS ENUM ('verified', 'watch', 'banned');

-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "marking" "ProductMarking";

-- CreateTable
CREATE TABLE "SellerNote" (
    "id" UUID NOT NULL,
    "sellerId" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" UUID NOT NULL,
    "authorEmail" TEXT NOT NULL,
    "updatedById" UUID,
    "updatedByEmail" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SellerNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SellerNote_sellerId_createdAt_id_idx" ON "SellerNote"("sellerId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Product_createdAt_id_idx" ON "Product"("createdAt", "id");

-- AddForeignKey
ALTER TABLE "SellerNote" ADD CONSTRAINT "SellerNote_sellerId_fkey" FOREIGN KEY ("sellerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
