-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "postedAsUnknown" BOOLEAN NOT NULL DEFAULT false;
