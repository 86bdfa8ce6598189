import type { Metadata } from "next";
import { SignOutEverywhere } from "@/components/auth/sign-out-everywhere";
import { requireViewer } from "@/lib/auth/session";
import { env } from "@/lib/core/env";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const viewer = await requireViewer("/account");
  return (
    <div className="card mx-auto max-w-lg space-y-4 p-6">
      <h1 className="text-2xl font-semibold">Your account</h1>
      <dl className="text-sm">
        <div className="flex gap-2"><dt className="text-slate-500">Name</dt><dd>{viewer.name}</dd></div>
        <div className="flex gap-2"><dt className="text-slate-500">Email</dt><dd>{viewer.email}</dd></div>
        <div className="flex gap-2"><dt className="text-slate-500">Role</dt><dd>{viewer.role}</dd></div>
      </dl>
      <p className="text-sm text-slate-600">Sessions end after {env().SESSION_IDLE_MINUTES} minutes without activity.</p>
      <SignOutEverywhere />
    </div>
  );
}
