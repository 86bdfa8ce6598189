-- The presenter's slice at a live conference (issue 24 item 5).
ALTER TABLE "Conference" ADD COLUMN "focusItemId" TEXT,
ADD COLUMN "focusStep" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "focusSeriesId" TEXT,
ADD COLUMN "focusIndex" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "focusSeq" INTEGER NOT NULL DEFAULT 0;
