-- CreateEnum
CREATE TYPE "ConferenceKind" AS ENUM ('teaching', 'mdt');

-- AlterTable
ALTER TABLE "Team" ADD COLUMN     "requiredSpecialties" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "Conference" (
    "id" TEXT NOT NULL,
    "kind" "ConferenceKind" NOT NULL,
    "teamId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "location" TEXT NOT NULL DEFAULT '',
    "videoUrl" TEXT,
    "joinCode" TEXT NOT NULL,
    "presenterId" TEXT NOT NULL,
    "chairId" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "currentItemId" TEXT,
    "currentStep" INTEGER NOT NULL DEFAULT 0,
    "startedAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "liveVersion" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Conference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" TEXT NOT NULL,
    "conferenceId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "estimatedMinutes" INTEGER NOT NULL DEFAULT 10,
    "clinicalQuestion" TEXT NOT NULL DEFAULT '',
    "relevantHistory" TEXT NOT NULL DEFAULT '',
    "imagingToReview" TEXT NOT NULL DEFAULT '',
    "presentingClinician" TEXT NOT NULL DEFAULT '',
    "reachedStep" INTEGER NOT NULL DEFAULT -1,
    "startedAt" TIMESTAMP(3),
    "voteState" "PollState" NOT NULL DEFAULT 'not_open',
    "answerReleased" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConferenceParticipant" (
    "conferenceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConferenceParticipant_pkey" PRIMARY KEY ("conferenceId","userId")
);

-- CreateTable
CREATE TABLE "Attendee" (
    "id" TEXT NOT NULL,
    "conferenceId" TEXT NOT NULL,
    "userId" TEXT,
    "name" TEXT NOT NULL,
    "specialty" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attendee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConferenceVote" (
    "itemId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "diagnosisId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConferenceVote_pkey" PRIMARY KEY ("itemId","userId")
);

-- CreateTable
CREATE TABLE "StagedDifferential" (
    "itemId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "step" INTEGER NOT NULL,
    "diagnosisIds" TEXT[],
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StagedDifferential_pkey" PRIMARY KEY ("itemId","userId","step")
);

-- CreateTable
CREATE TABLE "Outcome" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "recommendation" TEXT NOT NULL,
    "managementPlan" TEXT NOT NULL,
    "followUp" TEXT NOT NULL,
    "dissent" TEXT NOT NULL DEFAULT '',
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    "signedOffById" TEXT,
    "signedOffAt" TIMESTAMP(3),

    CONSTRAINT "Outcome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutcomeAmendment" (
    "id" TEXT NOT NULL,
    "outcomeId" TEXT NOT NULL,
    "recommendation" TEXT NOT NULL,
    "managementPlan" TEXT NOT NULL,
    "followUp" TEXT NOT NULL,
    "dissent" TEXT NOT NULL DEFAULT '',
    "reason" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutcomeAmendment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Conference_joinCode_key" ON "Conference"("joinCode");

-- CreateIndex
CREATE INDEX "Conference_teamId_startsAt_idx" ON "Conference"("teamId", "startsAt");

-- CreateIndex
CREATE INDEX "AgendaItem_conferenceId_position_idx" ON "AgendaItem"("conferenceId", "position");

-- CreateIndex
CREATE INDEX "AgendaItem_caseId_idx" ON "AgendaItem"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaItem_conferenceId_caseId_key" ON "AgendaItem"("conferenceId", "caseId");

-- CreateIndex
CREATE INDEX "ConferenceParticipant_userId_idx" ON "ConferenceParticipant"("userId");

-- CreateIndex
CREATE INDEX "Attendee_conferenceId_idx" ON "Attendee"("conferenceId");

-- CreateIndex
CREATE UNIQUE INDEX "Attendee_conferenceId_userId_key" ON "Attendee"("conferenceId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Outcome_itemId_key" ON "Outcome"("itemId");

-- CreateIndex
CREATE INDEX "OutcomeAmendment_outcomeId_createdAt_idx" ON "OutcomeAmendment"("outcomeId", "createdAt");

-- AddForeignKey
ALTER TABLE "Conference" ADD CONSTRAINT "Conference_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conference" ADD CONSTRAINT "Conference_presenterId_fkey" FOREIGN KEY ("presenterId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conference" ADD CONSTRAINT "Conference_chairId_fkey" FOREIGN KEY ("chairId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_conferenceId_fkey" FOREIGN KEY ("conferenceId") REFERENCES "Conference"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceParticipant" ADD CONSTRAINT "ConferenceParticipant_conferenceId_fkey" FOREIGN KEY ("conferenceId") REFERENCES "Conference"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceParticipant" ADD CONSTRAINT "ConferenceParticipant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendee" ADD CONSTRAINT "Attendee_conferenceId_fkey" FOREIGN KEY ("conferenceId") REFERENCES "Conference"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendee" ADD CONSTRAINT "Attendee_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceVote" ADD CONSTRAINT "ConferenceVote_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceVote" ADD CONSTRAINT "ConferenceVote_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConferenceVote" ADD CONSTRAINT "ConferenceVote_diagnosisId_fkey" FOREIGN KEY ("diagnosisId") REFERENCES "Diagnosis"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StagedDifferential" ADD CONSTRAINT "StagedDifferential_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StagedDifferential" ADD CONSTRAINT "StagedDifferential_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Outcome" ADD CONSTRAINT "Outcome_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Outcome" ADD CONSTRAINT "Outcome_signedOffById_fkey" FOREIGN KEY ("signedOffById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeAmendment" ADD CONSTRAINT "OutcomeAmendment_outcomeId_fkey" FOREIGN KEY ("outcomeId") REFERENCES "Outcome"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeAmendment" ADD CONSTRAINT "OutcomeAmendment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
