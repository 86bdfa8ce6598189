import { DateTime } from "@/components/ui/date-time";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AddMemberForm, MemberRow } from "@/components/teams/team-forms";
import { requireViewer } from "@/lib/auth/session";
import { TEAM_ROLE_LABELS } from "@/lib/teams/constants";
import { getTeam } from "@/lib/teams/queries";

export const metadata: Metadata = { title: "Team" };

export default async function TeamPage({ params }: { params: Promise<{ teamId: string }> }) {
  const { teamId } = await params;
  const viewer = await requireViewer(`/teams/${teamId}`);
  const team = await getTeam(viewer, teamId);
  if (!team) notFound();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{team.name}</h1>
        <p className="text-slate-600">
          Your role: {TEAM_ROLE_LABELS[team.myRole]}
          {team.myRole === "owner" ? <> · <Link className="text-brand-700 underline" href={`/teams/${team.id}/audit`}>Audit trail</Link></> : null}
        </p>
        {team.myRole !== "guest" ? (
          <Link href={`/cases/new?team=${team.id}`} className="btn-primary mt-3">New team case</Link>
        ) : null}
      </div>
      <section aria-labelledby="members">
        <h2 id="members" className="mb-2 font-semibold">Members</h2>
        <ul className="card divide-y divide-slate-100">
          {team.memberships.map(({ role, user }) => (
            <MemberRow key={user.id} teamId={team.id} member={{ ...user, role }} myRole={team.myRole} isMe={user.id === viewer.id} />
          ))}
        </ul>
      </section>
      {team.canManage ? (
        <>
          <AddMemberForm teamId={team.id} canOwn={team.myRole === "owner"} />
          {team.invites.length ? (
            <section aria-labelledby="invites">
              <h2 id="invites" className="mb-2 font-semibold">Pending invitations</h2>
              <ul className="card divide-y divide-slate-100 text-sm">
                {team.invites.map((invite) => (
                  <li key={invite.id} className="flex justify-between px-4 py-2">
                    <span>{invite.email} ({TEAM_ROLE_LABELS[invite.role]})</span>
                    <span className="text-slate-500">until <DateTime iso={invite.expiresAt.toISOString()} /></span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
