-- CreateEnum
CREATE TYPE "PollState" AS ENUM ('not_open', 'open', 'closed');

-- CreateEnum
CREATE TYPE "DiagnosisStatus" AS ENUM ('accepted', 'proposed', 'merged');

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "pollState" "PollState" NOT NULL DEFAULT 'not_open',
ADD COLUMN     "showVoterNames" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Diagnosis" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "mergedIntoId" TEXT,
ADD COLUMN     "proposedById" TEXT,
ADD COLUMN     "status" "DiagnosisStatus" NOT NULL DEFAULT 'accepted';

-- CreateTable
CREATE TABLE "DifferentialEntry" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "diagnosisId" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "rationale" TEXT NOT NULL,
    "studyIds" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DifferentialEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DifferentialSupport" (
    "caseId" TEXT NOT NULL,
    "diagnosisId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DifferentialSupport_pkey" PRIMARY KEY ("caseId","diagnosisId","userId")
);

-- CreateTable
CREATE TABLE "Vote" (
    "caseId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "diagnosisId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Vote_pkey" PRIMARY KEY ("caseId","userId")
);

-- CreateIndex
CREATE INDEX "DifferentialEntry_caseId_diagnosisId_idx" ON "DifferentialEntry"("caseId", "diagnosisId");

-- CreateIndex
CREATE UNIQUE INDEX "DifferentialEntry_caseId_userId_diagnosisId_key" ON "DifferentialEntry"("caseId", "userId", "diagnosisId");

-- CreateIndex
CREATE UNIQUE INDEX "DifferentialEntry_caseId_userId_rank_key" ON "DifferentialEntry"("caseId", "userId", "rank");

-- CreateIndex
CREATE INDEX "Vote_userId_idx" ON "Vote"("userId");

-- AddForeignKey
ALTER TABLE "DifferentialEntry" ADD CONSTRAINT "DifferentialEntry_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DifferentialEntry" ADD CONSTRAINT "DifferentialEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DifferentialEntry" ADD CONSTRAINT "DifferentialEntry_diagnosisId_fkey" FOREIGN KEY ("diagnosisId") REFERENCES "Diagnosis"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DifferentialSupport" ADD CONSTRAINT "DifferentialSupport_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DifferentialSupport" ADD CONSTRAINT "DifferentialSupport_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DifferentialSupport" ADD CONSTRAINT "DifferentialSupport_diagnosisId_fkey" FOREIGN KEY ("diagnosisId") REFERENCES "Diagnosis"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_diagnosisId_fkey" FOREIGN KEY ("diagnosisId") REFERENCES "Diagnosis"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
