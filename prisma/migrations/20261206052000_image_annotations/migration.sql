-- CreateEnum
CREATE TYPE "AnnotationKind" AS ENUM ('arrow', 'circle', 'label');

-- CreateTable
CREATE TABLE "ImageAnnotation" (
    "id" TEXT NOT NULL,
    "imageId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "kind" "AnnotationKind" NOT NULL,
    "geometry" JSONB NOT NULL,
    "text" TEXT NOT NULL DEFAULT '',
    "secret" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImageAnnotation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImageAnnotation_imageId_idx" ON "ImageAnnotation"("imageId");

-- AddForeignKey
ALTER TABLE "ImageAnnotation" ADD CONSTRAINT "ImageAnnotation_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImageAnnotation" ADD CONSTRAINT "ImageAnnotation_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
