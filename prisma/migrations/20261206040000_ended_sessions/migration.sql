-- Signing out ends that session on the server (decision 033): its token's id is kept here until
-- the token would have expired anyway, and a token whose id is here is refused.
CREATE TABLE "EndedSession" (
    "id" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EndedSession_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "EndedSession_expiresAt_idx" ON "EndedSession"("expiresAt");
