-- AlterEnum: a team's own educator (decision 031)
ALTER TYPE "TeamRole" ADD VALUE 'educator';

-- CreateIndex: the session read finds the conferences a viewer presents
CREATE INDEX "Conference_presenterId_idx" ON "Conference"("presenterId");
