import type { Metadata } from "next";
import Link from "next/link";
import { CreateTeamForm } from "@/components/teams/team-forms";
import { requireViewer } from "@/lib/auth/session";
import { TEAM_ROLE_LABELS } from "@/lib/teams/constants";
import { listMyTeams } from "@/lib/teams/queries";

export const metadata: Metadata = { title: "Teams" };

export default async function TeamsPage() {
  const viewer = await requireViewer("/teams");
  const teams = await listMyTeams(viewer);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Teams</h1>
        <p className="text-slate-600">A department, an MDT or a course. Team-only cases are visible to their team's members alone.</p>
      </div>
      {teams.length ? (
        <ul className="card divide-y divide-slate-100" data-testid="teams">
          {teams.map(({ role, team }) => (
            <li key={team.id} className="flex flex-wrap items-center gap-3 px-4 py-3">
              <Link href={`/teams/${team.id}`} className="font-medium text-brand-700 underline">{team.name}</Link>
              <span className="text-sm text-slate-500">{team._count.memberships} members · {team._count.cases} cases</span>
              <span className="badge ml-auto bg-slate-100 text-slate-700">{TEAM_ROLE_LABELS[role]}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="card p-4 text-sm text-slate-600">You are not in a team yet. Create one, or ask a coordinator for an invitation.</p>
      )}
      <CreateTeamForm />
    </div>
  );
}
