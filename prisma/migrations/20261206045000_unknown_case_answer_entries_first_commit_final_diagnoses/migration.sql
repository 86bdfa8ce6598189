-- AlterTable
ALTER TABLE "ClinicalEvent" ADD COLUMN     "partOfAnswer" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Study" ADD COLUMN     "partOfAnswer" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "FirstDifferentialEntry" (
    "caseId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "diagnosisId" TEXT NOT NULL,
    "rationale" TEXT NOT NULL DEFAULT '',
    "committedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FirstDifferentialEntry_pkey" PRIMARY KEY ("caseId","userId","rank")
);

-- CreateTable
CREATE TABLE "FinalDiagnosis" (
    "caseId" TEXT NOT NULL,
    "diagnosisId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "scoresVotes" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "FinalDiagnosis_pkey" PRIMARY KEY ("caseId","diagnosisId")
);

-- CreateIndex
CREATE INDEX "FirstDifferentialEntry_userId_idx" ON "FirstDifferentialEntry"("userId");

-- AddForeignKey
ALTER TABLE "FirstDifferentialEntry" ADD CONSTRAINT "FirstDifferentialEntry_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FirstDifferentialEntry" ADD CONSTRAINT "FirstDifferentialEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FirstDifferentialEntry" ADD CONSTRAINT "FirstDifferentialEntry_diagnosisId_fkey" FOREIGN KEY ("diagnosisId") REFERENCES "Diagnosis"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FinalDiagnosis" ADD CONSTRAINT "FinalDiagnosis_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FinalDiagnosis" ADD CONSTRAINT "FinalDiagnosis_diagnosisId_fkey" FOREIGN KEY ("diagnosisId") REFERENCES "Diagnosis"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
