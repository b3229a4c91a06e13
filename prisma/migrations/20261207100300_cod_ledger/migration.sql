-- CreateTable
CREATE TABLE "CodRemittanceFile" (
    "id" UUID NOT NULL,
    "storeId" UUID NOT NULL,
    "filename" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "skippedCount" INTEGER NOT NULL DEFAULT 0,
    "uploadedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CodRemittanceFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CodRemittanceLine" (
    "id" UUID NOT NULL,
    "storeId" UUID NOT NULL,
    "fileId" UUID NOT NULL,
    "rowNumber" INTEGER NOT NULL,
    "awb" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "remittedOn" DATE NOT NULL,
    "reference" TEXT,
    "orderId" UUID,
    "lineKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CodRemittanceLine_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CodRemittanceFile_storeId_createdAt_id_idx" ON "CodRemittanceFile"("storeId", "createdAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "CodRemittanceFile_storeId_sha256_key" ON "CodRemittanceFile"("storeId", "sha256");

-- CreateIndex
CREATE INDEX "CodRemittanceLine_storeId_orderId_idx" ON "CodRemittanceLine"("storeId", "orderId");

-- CreateIndex
CREATE INDEX "CodRemittanceLine_fileId_rowNumber_idx" ON "CodRemittanceLine"("fileId", "rowNumber");

-- CreateIndex
CREATE UNIQUE INDEX "CodRemittanceLine_storeId_lineKey_key" ON "CodRemittanceLine"("storeId", "lineKey");

-- AddForeignKey
ALTER TABLE "CodRemittanceLine" ADD CONSTRAINT "CodRemittanceLine_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "CodRemittanceFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;
