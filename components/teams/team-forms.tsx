"use client";
// Team management forms. Every rule is enforced by the actions; these only collect input.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormAlert } from "@/components/ui/field";
import { acceptInvite, addMember, changeRole, createTeam, inviteMember, removeMember } from "@/lib/teams/actions";
import { useSubmissionKey } from "@/components/use-submission-key";
import { TEAM_ROLE_LABELS, TEAM_ROLES } from "@/lib/teams/constants";
import { assignableRoles, canAssignRole, canManageMembers } from "@/lib/teams/policy";
import type { TeamRole } from "@/lib/generated/prisma/enums";

type Result = { ok: true } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

function useSubmit() {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "info"; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  async function submit(run: () => Promise<Result>, success?: string) {
    setPending(true);
    const result = await run();
    setPending(false);
    if (!result.ok) setMessage({ tone: "error", text: [result.message, ...Object.values(result.fieldErrors ?? {}).flat()].join(" ") });
    else {
      setMessage(success ? { tone: "info", text: success } : null);
      router.refresh();
    }
    return result;
  }
  return { message, pending, submit, setMessage };
}

export function CreateTeamForm() {
  const router = useRouter();
  const [name, setName] = useState("");
  const { message, pending, submit } = useSubmit();
  const submission = useSubmissionKey();
  return (
    <form className="card space-y-3 p-4" onSubmit={async (e) => {
      e.preventDefault();
      const clientKey = submission.keyFor(name);
      const result = await submit(() => createTeam({ name, clientKey }));
      if (result.ok) submission.done(clientKey);
      if (result.ok && "data" in result) router.push(`/teams/${(result as { data: { teamId: string } }).data.teamId}`);
    }}>
      <h2 className="font-semibold">Create a team</h2>
      {message ? <FormAlert tone={message.tone}>{message.text}</FormAlert> : null}
      <label className="block text-sm"><span className="field-label">Name</span>
        <input className="field-input" value={name} placeholder="Foot and ankle MDT" onChange={(e) => setName(e.target.value)} />
      </label>
      <button type="submit" className="btn-primary" disabled={pending}>Create team</button>
    </form>
  );
}

export function AddMemberForm({ teamId, canOwn }: { teamId: string; canOwn: boolean }) {
  const [email, setEmail] = useState("");
  const [role, setRole] = useState("member");
  const [link, setLink] = useState<string | null>(null);
  const { message, pending, submit } = useSubmit();
  const invitation = useSubmissionKey();
  // Owners give every role; coordinators all but owner and educator (lib/teams/policy.ts).
  const roles = assignableRoles(canOwn ? "owner" : "coordinator", TEAM_ROLES);
  return (
    <form className="card space-y-3 p-4" onSubmit={(e) => e.preventDefault()}>
      <h2 className="font-semibold">Add people</h2>
      {message ? <FormAlert tone={message.tone}>{message.text}</FormAlert> : null}
      {link ? (
        <FormAlert tone="info">
          Invitation link (valid 7 days, single use; shown once): <code className="break-all" data-testid="invite-link">{`${window.location.origin}${link}`}</code>
        </FormAlert>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <label className="block text-sm sm:col-span-2"><span className="field-label">Email</span>
          <input className="field-input" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label className="block text-sm"><span className="field-label">Role</span>
          <select className="field-input" value={role} onChange={(e) => setRole(e.target.value)}>
            {roles.map((r) => <option key={r} value={r}>{TEAM_ROLE_LABELS[r]}</option>)}
          </select>
        </label>
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="button" className="btn-primary" disabled={pending} onClick={() => void submit(() => addMember({ teamId, email, role }), "Added to the team.")}>Add existing account</button>
        <button type="button" className="btn-secondary" disabled={pending} onClick={async () => {
          const clientKey = invitation.keyFor({ email, role });
          const result = await inviteMember({ teamId, email, role, clientKey });
          if (result.ok) invitation.done(clientKey);
          if (result.ok) setLink(result.data.link);
          else await submit(async () => result);
        }}>Create invitation link</button>
      </div>
    </form>
  );
}

export function MemberRow({ teamId, member, myRole, isMe }: { teamId: string; member: { id: string; name: string; email: string; role: TeamRole }; myRole: TeamRole; isMe: boolean }) {
  const { message, pending, submit } = useSubmit();
  const manage = canManageMembers(myRole) && canAssignRole(myRole, member.role, "guest");
  return (
    <li className="flex flex-wrap items-center gap-2 px-4 py-3 text-sm" data-testid="member">
      <span className="font-medium">{member.name}</span>
      <span className="text-slate-500">{member.email}</span>
      {manage && !isMe ? (
        <select aria-label={`Role of ${member.name}`} className="ml-auto rounded border border-slate-300 px-2 py-1" value={member.role} disabled={pending}
          onChange={(e) => void submit(() => changeRole({ teamId, userId: member.id, role: e.target.value }))}>
          {TEAM_ROLES.filter((r) => canAssignRole(myRole, member.role, r)).map((r) => <option key={r} value={r}>{TEAM_ROLE_LABELS[r]}</option>)}
        </select>
      ) : (
        <span className="badge ml-auto bg-slate-100 text-slate-700">{TEAM_ROLE_LABELS[member.role]}</span>
      )}
      {isMe || manage ? (
        <button type="button" className="btn-ghost px-2 py-1 text-red-700" disabled={pending} onClick={() => void submit(() => removeMember({ teamId, userId: member.id }))}>
          {isMe ? "Leave" : "Remove"}
        </button>
      ) : null}
      {message ? <p className="w-full field-error" role="alert">{message.text}</p> : null}
    </li>
  );
}

export function AcceptInvite({ token }: { token: string }) {
  const router = useRouter();
  const { message, pending, submit } = useSubmit();
  return (
    <div className="space-y-3">
      {message ? <FormAlert tone={message.tone}>{message.text}</FormAlert> : null}
      <button type="button" className="btn-primary" disabled={pending} onClick={async () => {
        const result = await acceptInvite({ token });
        if (result.ok) router.push(`/teams/${result.data.teamId}`);
        else await submit(async () => result);
      }}>Accept the invitation</button>
    </div>
  );
}
