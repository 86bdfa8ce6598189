-- The presenter's window/level with the slice at a live conference (issue 24 item 5, decision 095).
ALTER TABLE "Conference" ADD COLUMN "focusWindowCenter" DOUBLE PRECISION,
ADD COLUMN "focusWindowWidth" DOUBLE PRECISION,
ADD COLUMN "focusWindowPreset" TEXT;
