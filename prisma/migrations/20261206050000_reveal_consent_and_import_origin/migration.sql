-- CreateEnum
CREATE TYPE "RevealConsent" AS ENUM ('none', 'room', 'resolve');

-- AlterTable
ALTER TABLE "AgendaItem" ADD COLUMN     "revealConsent" "RevealConsent" NOT NULL DEFAULT 'none';

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "originalAuthorName" TEXT;
