-- CreateTable
CREATE TABLE "CommentAllowance" (
    "userId" TEXT NOT NULL,
    "postedAt" TIMESTAMPTZ(3)[] DEFAULT ARRAY[]::TIMESTAMPTZ(3)[],

    CONSTRAINT "CommentAllowance_pkey" PRIMARY KEY ("userId")
);

-- AddForeignKey
ALTER TABLE "CommentAllowance" ADD CONSTRAINT "CommentAllowance_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
