import type { Metadata } from "next";
import { AcceptInvite } from "@/components/teams/team-forms";
import { requireViewer } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Team invitation" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const viewer = await requireViewer(`/invites/${token}`);
  return (
    <div className="card mx-auto max-w-md space-y-3 p-6">
      <h1 className="text-xl font-semibold">Join a team</h1>
      <p className="text-sm text-slate-600">You are signed in as {viewer.email}. An invitation works only for the email it was sent to.</p>
      <AcceptInvite token={token} />
    </div>
  );
}
