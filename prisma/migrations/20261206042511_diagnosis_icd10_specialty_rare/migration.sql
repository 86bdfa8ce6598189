-- AlterTable
ALTER TABLE "Diagnosis" ADD COLUMN     "icd10" TEXT,
ADD COLUMN     "rare" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "specialty" TEXT;
