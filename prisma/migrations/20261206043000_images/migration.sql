-- CreateEnum
CREATE TYPE "UploadStatus" AS ENUM ('uploading', 'queued', 'processing', 'done', 'failed');

-- CreateTable
CREATE TABLE "CaseImaging" (
    "caseId" TEXT NOT NULL,
    "secret" BYTEA NOT NULL,
    "originDate" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseImaging_pkey" PRIMARY KEY ("caseId")
);

-- CreateTable
CREATE TABLE "ImageSeries" (
    "id" TEXT NOT NULL,
    "studyId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "modality" TEXT,
    "seriesInstanceUid" TEXT,
    "orderedBy" TEXT NOT NULL DEFAULT 'upload',
    "needsReview" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImageSeries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Image" (
    "id" TEXT NOT NULL,
    "seriesId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "sortKey" DOUBLE PRECISION,
    "fullKey" TEXT NOT NULL,
    "thumbKey" TEXT NOT NULL,
    "dicomKey" TEXT,
    "contentType" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "isKey" BOOLEAN NOT NULL DEFAULT false,
    "caption" TEXT NOT NULL DEFAULT '',
    "needsReview" BOOLEAN NOT NULL DEFAULT false,
    "sopInstanceUid" TEXT,
    "positionPatient" DOUBLE PRECISION[],
    "orientationPatient" DOUBLE PRECISION[],
    "pixelSpacing" DOUBLE PRECISION[],
    "windowCenter" DOUBLE PRECISION,
    "windowWidth" DOUBLE PRECISION,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Image_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImageUpload" (
    "id" TEXT NOT NULL,
    "studyId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "uploaderId" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "received" INTEGER NOT NULL DEFAULT 0,
    "status" "UploadStatus" NOT NULL DEFAULT 'uploading',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "imageCount" INTEGER NOT NULL DEFAULT 0,
    "failedCount" INTEGER NOT NULL DEFAULT 0,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImageUpload_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImageSeries_studyId_position_idx" ON "ImageSeries"("studyId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ImageSeries_studyId_seriesInstanceUid_key" ON "ImageSeries"("studyId", "seriesInstanceUid");

-- CreateIndex
CREATE INDEX "Image_seriesId_position_idx" ON "Image"("seriesId", "position");

-- CreateIndex
CREATE INDEX "Image_caseId_idx" ON "Image"("caseId");

-- CreateIndex
CREATE INDEX "ImageUpload_studyId_createdAt_idx" ON "ImageUpload"("studyId", "createdAt");

-- CreateIndex
CREATE INDEX "ImageUpload_status_updatedAt_idx" ON "ImageUpload"("status", "updatedAt");

-- AddForeignKey
ALTER TABLE "CaseImaging" ADD CONSTRAINT "CaseImaging_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImageSeries" ADD CONSTRAINT "ImageSeries_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Image" ADD CONSTRAINT "Image_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "ImageSeries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImageUpload" ADD CONSTRAINT "ImageUpload_studyId_fkey" FOREIGN KEY ("studyId") REFERENCES "Study"("id") ON DELETE CASCADE ON UPDATE CASCADE;

