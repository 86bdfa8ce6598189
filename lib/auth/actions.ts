"use server";
import { z } from "zod";
import { action, publicAction } from "@/lib/auth/action";
import { requestIp } from "@/lib/audit/request";
import { audit } from "@/lib/audit/write";
import { db } from "@/lib/core/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { fail, ok, type ActionResult } from "@/lib/core/result";
import { hashPassword } from "./password";
import { registerInput } from "./schema";

const EMAIL_TAKEN = "An account with this email already exists. Sign in instead, or use another email.";

/** Creates an account; the client then signs in with the same credentials. */
export const register = publicAction("register", registerInput, async ({ input }): Promise<ActionResult<{ email: string }>> => {
  const { name, email, password, role } = input;
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

/** Ends every session of the viewer's account, on every device (including this one). */
export const signOutEverywhere = action("signOutEverywhere", z.unknown(), async ({ viewer }): Promise<ActionResult<null>> => {
  const ip = await requestIp();
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: viewer.id }, data: { sessionVersion: { increment: 1 } } });
    await audit(tx, { actorId: viewer.id, action: "auth.sign_out_everywhere", resourceType: "user", resourceId: viewer.id, ip });
  });
  return ok(null);
});
