import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { UserRoleForm } from "@/components/admin/user-role-form";
import { requireViewer } from "@/lib/auth/session";
import { listUsersForRoles } from "@/lib/users/queries";
import { userSearchInput } from "@/lib/users/schema";

export const metadata: Metadata = { title: "People and roles" };

/** Administrators grant and revoke the global educator role (decision 031). Audited. */
export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer("/admin/users");
  const search = userSearchInput.safeParse(await searchParams);
  const email = search.success ? search.data.email : undefined;
  const users = await listUsersForRoles(viewer, email);
  if (!users) notFound();
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">People and roles</h1>
        <p className="text-slate-600">
          Educators review catalogue proposals. Power over a case comes from writing it, from the case&apos;s team (its owners,
          coordinators and educators) or from presenting it at that team&apos;s conference, never from this role alone. Every change is in
          the <Link className="text-brand-700 underline" href="/admin/audit?action=user.">audit trail</Link>.
        </p>
      </div>
      <form className="flex flex-wrap items-end gap-2" method="get" action="/admin/users">
        <label className="text-sm"><span className="field-label">Email starts with</span>
          <input className="field-input" type="search" name="email" defaultValue={email ?? ""} placeholder="name@hospital.org" />
        </label>
        <button type="submit" className="btn-secondary">Search</button>
      </form>
      <h2 className="font-semibold">{email ? `Accounts starting with “${email}”` : "Educators and administrators"}</h2>
      {users.length === 0 ? <p className="card p-4 text-sm text-slate-600">No accounts match.</p> : (
        <ul className="card divide-y divide-slate-100" data-testid="user-roles">
          {users.map((user) => (
            <li key={user.id} className="flex flex-wrap items-center gap-3 px-4 py-3 text-sm" data-testid="user-role">
              <span className="font-medium">{user.name}</span>
              <span className="text-slate-500">{user.email}</span>
              <span className="ml-auto"><UserRoleForm user={user} /></span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
