-- CreateEnum
CREATE TYPE "SellerMarking" AS ENUM ('verified', 'watch', 'fraud');

-- AlterEnum: staff who were `admin` keep their rights under the role's new name (operations);
-- a rename, not the generated drop-and-recreate, whose cast would fail on those rows.
ALTER TYPE "AdminRole" RENAME VALUE 'admin' TO 'operations';
ALTER TYPE "AdminRole" ADD VALUE 'finance';

-- AlterEnum
ALTER TYPE "SessionEndReason" ADD VALUE 'suspended';

-- AlterTable
ALTER TABLE "AdminUser" ALTER COLUMN "role" SET DEFAULT 'support';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "marking" "SellerMarking";

-- CreateTable
CREATE TABLE "AdminAuditLog" (
    "id" UUID NOT NULL,
    "adminUserId" UUID NOT NULL,
    "adminEmail" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "requestId" TEXT NOT NULL,
    "ip" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AdminAuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AdminAuditLog_createdAt_id_idx" ON "AdminAuditLog"("createdAt", "id");

-- CreateIndex
CREATE INDEX "AdminAuditLog_adminUserId_createdAt_idx" ON "AdminAuditLog"("adminUserId", "createdAt");

-- CreateIndex
CREATE INDEX "AdminAuditLog_targetType_targetId_createdAt_idx" ON "AdminAuditLog"("targetType", "targetId", "createdAt");

-- CreateIndex
CREATE INDEX "User_createdAt_id_idx" ON "User"("createdAt", "id");
