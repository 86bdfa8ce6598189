"use server";
// Teams: create, add members, change roles, remove or leave (never the last owner), invite by
// a single-use link valid for 7 days, accept an invite.
import { createHash, createHmac, randomBytes } from "node:crypto";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/auth/action";
import { requestIp } from "@/lib/audit/request";
import { audit } from "@/lib/audit/write";
import { db, type Tx } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TeamRole } from "@/lib/generated/prisma/enums";
import { fail, notFound, ok, type ActionResult } from "@/lib/core/result";
import { canAssignRole, canManageMembers } from "./policy";
import { teamRoleOf } from "./queries";
import { acceptInviteInput, addMemberInput, changeRoleInput, createTeamInput, INVITE_DAYS, inviteInput, removeMemberInput } from "./schema";

const LAST_OWNER = "A team needs at least one owner: make someone else an owner first.";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * The link token of an invitation created with a submission key: derived from the invitation's
 * id with the server's secret, so that a replay of the submission (a double click, a retry after
 * a lost answer) can answer with the same link although only the token's hash is stored (decision
 * 032). Knowing an id is not enough to make a token; knowing the secret already forges sessions.
 */
const derivedInviteToken = (inviteId: string) => createHmac("sha256", env().NEXTAUTH_SECRET).update(`team-invite:${inviteId}`).digest("base64url");

const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

const CHANGED_MEANWHILE = "This person's membership changed while you were deciding. Reload the page to see it.";

/** Locks the team's owner rows so that two demotions cannot both remove "the other" owner. */
async function ownersAfter(tx: Tx, teamId: string, change: { userId: string; role: TeamRole | null }): Promise<number> {
  const owners = await tx.$queryRaw<Array<{ userId: string }>>`
    select "userId" from "Membership" where "teamId" = ${teamId} and role = 'owner' for update`;
  return owners.filter((owner) => owner.userId !== change.userId).length + (change.role === "owner" ? 1 : 0);
}

export const createTeam = action("createTeam", createTeamInput, async ({ viewer, input }): Promise<ActionResult<{ teamId: string }>> => {
  const slug = `${input.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 50)}-${randomBytes(3).toString("hex")}`;
  const clientKey = input.clientKey ?? null;
  const ip = await requestIp();
  const team = await db.$transaction(async (tx) => {
    const created = await tx.team.create({
      data: { name: input.name, slug, createdById: viewer.id, clientKey, memberships: { create: { userId: viewer.id, role: "owner" } } },
      select: { id: true },
    });
    await audit(tx, { actorId: viewer.id, action: "team.create", resourceType: "team", resourceId: created.id, teamId: created.id, ip });
    return created;
  }).catch(async (error: unknown) => {
    // The same submission twice (decision 032): the twin failed on the unique (creator, key)
    // index before writing anything else; the answer is the first one's team.
    const first = clientKey && isUniqueViolation(error)
      ? await db.team.findUnique({ where: { createdById_clientKey: { createdById: viewer.id, clientKey } }, select: { id: true } })
      : null;
    if (first) return first;
    throw error;
  });
  revalidatePath("/teams");
  return ok({ teamId: team.id });
});

export const addMember = action("addMember", addMemberInput, async ({ viewer, input }): Promise<ActionResult<{ userId: string }>> => {
  const { teamId, email, role } = input;
  const actor = await teamRoleOf(teamId, viewer.id);
  if (!actor) return notFound("team");
  if (!canManageMembers(actor) || !canAssignRole(actor, null, role)) return fail("forbidden", "Only owners and coordinators add members, and only owners add owners and educators.");
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) return fail("invalid_input", "No account uses that email. Send an invitation link instead.", { fieldErrors: { email: ["No account with this email."] } });
  try {
    const ip = await requestIp();
    await db.$transaction(async (tx) => {
      await tx.membership.create({ data: { teamId, userId: user.id, role } });
      await audit(tx, { actorId: viewer.id, action: "team.member_add", resourceType: "user", resourceId: user.id, teamId, ip });
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return fail("conflict", "That person is already in the team.");
    throw error;
  }
  revalidatePath(`/teams/${teamId}`);
  return ok({ userId: user.id });
});

export const changeRole = action("changeRole", changeRoleInput, async ({ viewer, input }): Promise<ActionResult<{ role: TeamRole }>> => {
  const { teamId, userId, role } = input;
  const actor = await teamRoleOf(teamId, viewer.id);
  if (!actor) return notFound("team");
  const current = await teamRoleOf(teamId, userId);
  if (!current) return notFound("member");
  if (!canAssignRole(actor, current, role)) return fail("forbidden", "Only owners change owners and educators, and coordinators cannot make owners or educators.");
  const result = await db.$transaction(async (tx) => {
    if (current === "owner" && role !== "owner" && (await ownersAfter(tx, teamId, { userId, role })) === 0) return fail("conflict", LAST_OWNER);
    // Only from the role the decision was made on: a concurrent change or removal is a conflict.
    const changed = await tx.membership.updateMany({ where: { teamId, userId, role: current }, data: { role } });
    if (changed.count === 0) return fail("conflict", CHANGED_MEANWHILE);
    await audit(tx, { actorId: viewer.id, action: "team.role_change", resourceType: "user", resourceId: userId, teamId, ip: await requestIp() });
    return ok({ role });
  });
  revalidatePath(`/teams/${teamId}`);
  return result;
});

/** Remove a member (owners and coordinators) or leave (anyone, for themselves). */
export const removeMember = action("removeMember", removeMemberInput, async ({ viewer, input }): Promise<ActionResult<{ userId: string }>> => {
  const { teamId, userId } = input;
  const actor = await teamRoleOf(teamId, viewer.id);
  if (!actor) return notFound("team");
  const current = await teamRoleOf(teamId, userId);
  if (!current) return notFound("member");
  const leaving = userId === viewer.id;
  if (!leaving && !(canManageMembers(actor) && canAssignRole(actor, current, "guest"))) {
    return fail("forbidden", "Only owners and coordinators remove members, and only owners remove owners and educators.");
  }
  const result = await db.$transaction(async (tx) => {
    if (current === "owner" && (await ownersAfter(tx, teamId, { userId, role: null })) === 0) return fail("conflict", LAST_OWNER);
    // A double click or two organisers at once: the second finds the row gone (or its role changed).
    const removed = await tx.membership.deleteMany({ where: { teamId, userId, role: current } });
    if (removed.count === 0) return fail("conflict", CHANGED_MEANWHILE);
    await audit(tx, { actorId: viewer.id, action: leaving ? "team.leave" : "team.member_remove", resourceType: "user", resourceId: userId, teamId, ip: await requestIp() });
    return ok({ userId });
  });
  revalidatePath(`/teams/${teamId}`);
  revalidatePath("/teams");
  return result;
});

/** Creates an invitation and returns its link once; only the token's hash is stored. */
export const inviteMember = action("inviteMember", inviteInput, async ({ viewer, input }): Promise<ActionResult<{ link: string; expiresAt: string }>> => {
  const { teamId, email, role } = input;
  const actor = await teamRoleOf(teamId, viewer.id);
  if (!actor) return notFound("team");
  if (!canManageMembers(actor) || !canAssignRole(actor, null, role)) return fail("forbidden", "Only owners and coordinators invite, and only owners invite owners and educators.");
  const clientKey = input.clientKey ?? null;
  const inviteId = `c${randomBytes(12).toString("hex")}`;
  const token = clientKey ? derivedInviteToken(inviteId) : randomBytes(24).toString("base64url");
  const expiresAt = new Date(Date.now() + INVITE_DAYS * 24 * 60 * 60 * 1000);
  const ip = await requestIp();
  try {
    await db.$transaction(async (tx) => {
      await tx.teamInvite.create({ data: { id: inviteId, teamId, email, role, tokenHash: hashToken(token), expiresAt, createdById: viewer.id, clientKey }, select: { id: true } });
      await audit(tx, { actorId: viewer.id, action: "team.invite", resourceType: "invite", resourceId: inviteId, teamId, ip });
    });
  } catch (error) {
    // The same submission twice (decision 032): one invitation, and the same link in both answers.
    const first = clientKey && isUniqueViolation(error)
      ? await db.teamInvite.findUnique({ where: { createdById_clientKey: { createdById: viewer.id, clientKey } }, select: { id: true, teamId: true, email: true, expiresAt: true } })
      : null;
    if (!first) throw error;
    if (first.teamId !== teamId || first.email !== email) return fail("conflict", "This submission was already used for another invitation. Reload the page and invite again.");
    return ok({ link: `/invites/${derivedInviteToken(first.id)}`, expiresAt: first.expiresAt.toISOString() });
  }
  revalidatePath(`/teams/${teamId}`);
  return ok({ link: `/invites/${token}`, expiresAt: expiresAt.toISOString() });
});

/** Accepts an invitation: single use, within 7 days, by the account with the invited email. */
export const acceptInvite = action("acceptInvite", acceptInviteInput, async ({ viewer, input }): Promise<ActionResult<{ teamId: string }>> => {
  const invite = await db.teamInvite.findUnique({ where: { tokenHash: hashToken(input.token) } });
  if (!invite) return fail("not_found", "That invitation link is not valid.");
  if (invite.acceptedAt) return fail("conflict", "That invitation has already been used.");
  if (invite.expiresAt < new Date()) return fail("conflict", "That invitation has expired: ask for a new one.");
  if (invite.email !== viewer.email) return fail("forbidden", `This invitation is for ${invite.email}. Sign in with that account to accept it.`);
  const result = await db.$transaction(async (tx) => {
    // Single use even if the link is opened twice at once: only one update can claim it.
    const claimed = await tx.teamInvite.updateMany({ where: { id: invite.id, acceptedAt: null }, data: { acceptedAt: new Date() } });
    if (claimed.count === 0) return fail("conflict", "That invitation has already been used.");
    await tx.membership.upsert({
      where: { teamId_userId: { teamId: invite.teamId, userId: viewer.id } },
      create: { teamId: invite.teamId, userId: viewer.id, role: invite.role },
      update: {},
    });
    await audit(tx, { actorId: viewer.id, action: "team.invite_accept", resourceType: "invite", resourceId: invite.id, teamId: invite.teamId, ip: await requestIp() });
    return ok({ teamId: invite.teamId });
  });
  revalidatePath("/teams");
  return result;
}, { invalidMessage: "That invitation link is not valid." });
