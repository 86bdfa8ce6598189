-- Comments anchored to a slice (issue 24 item 4, decision 071): the series, the slice (image) and
-- an optional point or box on it, normalised 0..1.
ALTER TABLE "Comment" ADD COLUMN "seriesId" TEXT,
ADD COLUMN "imageId" TEXT,
ADD COLUMN "anchorMark" JSONB;

-- CreateIndex
CREATE INDEX "Comment_seriesId_idx" ON "Comment"("seriesId");

-- CreateIndex
CREATE INDEX "Comment_imageId_idx" ON "Comment"("imageId");

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "ImageSeries"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Image"("id") ON DELETE SET NULL ON UPDATE CASCADE;
