-- CreateEnum
CREATE TYPE "Role" AS ENUM ('resident', 'clinician', 'educator', 'admin');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('draft', 'open', 'unknown', 'resolved', 'archived');

-- CreateEnum
CREATE TYPE "Visibility" AS ENUM ('team', 'institution', 'public');

-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('female', 'male', 'intersex', 'not_stated');

-- CreateEnum
CREATE TYPE "Certainty" AS ENUM ('certain', 'almost_certain', 'probable', 'possible');

-- CreateEnum
CREATE TYPE "DiagnosisBasis" AS ENUM ('histology', 'follow_up_imaging', 'clinical_course', 'consensus');

-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('treatment', 'symptom_change', 'lab_result', 'outcome', 'other');

-- CreateEnum
CREATE TYPE "StudyChange" AS ENUM ('progression', 'stable', 'resolution', 'mixed');

-- CreateEnum
CREATE TYPE "TeamRole" AS ENUM ('owner', 'coordinator', 'member', 'guest');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "role" "Role" NOT NULL DEFAULT 'resident',
    "demo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Team" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Team_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "teamId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "TeamRole" NOT NULL DEFAULT 'member',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("teamId","userId")
);

-- CreateTable
CREATE TABLE "Case" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "presentation" TEXT NOT NULL,
    "ageBand" TEXT NOT NULL,
    "sex" "Sex" NOT NULL,
    "region" TEXT NOT NULL,
    "tags" TEXT[],
    "status" "CaseStatus" NOT NULL DEFAULT 'draft',
    "visibility" "Visibility" NOT NULL DEFAULT 'institution',
    "teamId" TEXT,
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "lastActivityAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Resolution" (
    "caseId" TEXT NOT NULL,
    "diagnosisId" TEXT,
    "diagnosisText" TEXT,
    "certainty" "Certainty",
    "basis" "DiagnosisBasis",
    "explanation" TEXT,
    "teachingPoints" TEXT,
    "revealedAt" TIMESTAMP(3),

    CONSTRAINT "Resolution_pkey" PRIMARY KEY ("caseId")
);

-- CreateTable
CREATE TABLE "Study" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "dayOffset" INTEGER NOT NULL,
    "label" TEXT,
    "modality" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "technique" TEXT NOT NULL DEFAULT '',
    "contrast" BOOLEAN NOT NULL DEFAULT false,
    "findings" TEXT NOT NULL DEFAULT '',
    "impression" TEXT NOT NULL DEFAULT '',
    "change" "StudyChange",

    CONSTRAINT "Study_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClinicalEvent" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "dayOffset" INTEGER NOT NULL,
    "label" TEXT,
    "kind" "EventKind" NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "ClinicalEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Diagnosis" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "synonyms" TEXT[],
    "category" TEXT NOT NULL,

    CONSTRAINT "Diagnosis_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseFollow" (
    "userId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseFollow_pkey" PRIMARY KEY ("userId","caseId")
);

-- CreateTable
CREATE TABLE "CaseActivity" (
    "id" BIGSERIAL NOT NULL,
    "caseId" TEXT NOT NULL,
    "actorId" TEXT,
    "kind" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseActivity_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Team_slug_key" ON "Team"("slug");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE INDEX "Case_lastActivityAt_id_idx" ON "Case"("lastActivityAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Case_authorId_updatedAt_idx" ON "Case"("authorId", "updatedAt" DESC);

-- CreateIndex
CREATE INDEX "Study_caseId_dayOffset_position_idx" ON "Study"("caseId", "dayOffset", "position");

-- CreateIndex
CREATE INDEX "ClinicalEvent_caseId_dayOffset_position_idx" ON "ClinicalEvent"("caseId", "dayOffset", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Diagnosis_slug_key" ON "Diagnosis"("slug");

-- CreateIndex
CREATE INDEX "CaseFollow_caseId_idx" ON "CaseFollow"("caseId");

-- CreateIndex
CREATE INDEX "CaseActivity_caseId_id_idx" ON "CaseActivity"("caseId", "id" DESC);

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resolution" ADD CONSTRAINT "Resolution_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resolution" ADD CONSTRAINT "Resolution_diagnosisId_fkey" FOREIGN KEY ("diagnosisId") REFERENCES "Diagnosis"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Study" ADD CONSTRAINT "Study_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClinicalEvent" ADD CONSTRAINT "ClinicalEvent_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseFollow" ADD CONSTRAINT "CaseFollow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseFollow" ADD CONSTRAINT "CaseFollow_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseActivity" ADD CONSTRAINT "CaseActivity_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseActivity" ADD CONSTRAINT "CaseActivity_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
