-- Idempotent creates (decision 032): each create action's form sends a key per submission; a
-- retry or double click with the same key finds the row the first one wrote instead of writing
-- another. Nullable: rows written before, by the seed or by callers without a key have none (NULLs
-- never collide in a unique index).

-- AlterTable
ALTER TABLE "Team" ADD COLUMN "createdById" TEXT,
ADD COLUMN "clientKey" TEXT;

-- AlterTable
ALTER TABLE "TeamInvite" ADD COLUMN "clientKey" TEXT;

-- AlterTable
ALTER TABLE "Case" ADD COLUMN "clientKey" TEXT;

-- AlterTable
ALTER TABLE "Diagnosis" ADD COLUMN "clientKey" TEXT;

-- AlterTable
ALTER TABLE "DifferentialEntry" ADD COLUMN "clientKey" TEXT;

-- AlterTable
ALTER TABLE "Comment" ADD COLUMN "clientKey" TEXT;

-- AlterTable
ALTER TABLE "Conference" ADD COLUMN "clientKey" TEXT;

-- AlterTable
ALTER TABLE "Attendee" ADD COLUMN "clientKey" TEXT;

-- AlterTable
ALTER TABLE "Outcome" ADD COLUMN "clientKey" TEXT;

-- AlterTable
ALTER TABLE "OutcomeAmendment" ADD COLUMN "clientKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Team_createdById_clientKey_key" ON "Team"("createdById", "clientKey");

-- CreateIndex
CREATE UNIQUE INDEX "TeamInvite_createdById_clientKey_key" ON "TeamInvite"("createdById", "clientKey");

-- CreateIndex
CREATE UNIQUE INDEX "Case_authorId_clientKey_key" ON "Case"("authorId", "clientKey");

-- CreateIndex
CREATE UNIQUE INDEX "Diagnosis_proposedById_clientKey_key" ON "Diagnosis"("proposedById", "clientKey");

-- CreateIndex
CREATE UNIQUE INDEX "Comment_authorId_clientKey_key" ON "Comment"("authorId", "clientKey");

-- CreateIndex
CREATE UNIQUE INDEX "Conference_createdById_clientKey_key" ON "Conference"("createdById", "clientKey");

-- CreateIndex
CREATE UNIQUE INDEX "Attendee_conferenceId_clientKey_key" ON "Attendee"("conferenceId", "clientKey");

-- CreateIndex
CREATE UNIQUE INDEX "OutcomeAmendment_authorId_clientKey_key" ON "OutcomeAmendment"("authorId", "clientKey");
