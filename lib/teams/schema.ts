import { z } from "zod";
import { email } from "@/lib/auth/schema";
import { clientKey } from "@/lib/core/idempotency";

import { TEAM_ROLES } from "./constants";

export { INVITE_DAYS, TEAM_ROLE_LABELS, TEAM_ROLES } from "./constants";

const id = z.string().min(1).max(40);
const role = z.enum(TEAM_ROLES, { message: "Choose owner, coordinator, educator, member or guest." });

export const createTeamInput = z.object({
  name: z.string().trim().min(3, "Name the team (at least 3 characters).").max(100, "Keep the team name under 100 characters."),
  /** The form's key for this submission: a double click creates one team (decision 032). */
  clientKey,
});
export const addMemberInput = z.object({ teamId: id, email, role: role.default("member") });
export const changeRoleInput = z.object({ teamId: id, userId: id, role });
export const removeMemberInput = z.object({ teamId: id, userId: id });
export const inviteInput = z.object({ teamId: id, email, role: role.default("member"), clientKey });
export const acceptInviteInput = z.object({ token: z.string().min(20).max(200) });
