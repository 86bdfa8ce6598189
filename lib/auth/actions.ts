"use server";
import { guarded } from "@/lib/action";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { fail, invalid, ok, type ActionResult } from "@/lib/result";
import { hashPassword } from "./password";
import { registerInput } from "./schema";

const EMAIL_TAKEN = "An account with this email already exists. Sign in instead, or use another email.";

/** Creates an account; the client then signs in with the same credentials. */
export async function register(payload: unknown): Promise<ActionResult<{ email: string }>> {
  return guarded("register", async () => {
    const parsed = registerInput.safeParse(payload);
    if (!parsed.success) return invalid(parsed.error);
    const { name, email, password, role } = parsed.data;
    try {
      await db.user.create({ data: { name, email, role, passwordHash: await hashPassword(password) } });
    } catch (error) {
      // The unique index decides, so two simultaneous registrations cannot both succeed.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        return fail("conflict", EMAIL_TAKEN, { fieldErrors: { email: [EMAIL_TAKEN] } });
      }
      throw error;
    }
    return ok({ email });
  });
}
