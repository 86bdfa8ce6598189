"use client";
// One account's global role, set by an administrator. The action enforces every rule.
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { Role } from "@/lib/generated/prisma/enums";
import { setUserRole } from "@/lib/users/actions";
import { GRANTABLE_ROLES, roleChangeProblem } from "@/lib/users/policy";

const LABELS: Record<(typeof GRANTABLE_ROLES)[number], string> = { resident: "Resident", clinician: "Clinician", educator: "Educator" };

export function UserRoleForm({ user }: { user: { id: string; email: string; name: string; role: Role } }) {
  const router = useRouter();
  const [role, setRole] = useState<string>(user.role);
  const [message, setMessage] = useState<{ tone: "error" | "info"; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  // An administrator's account is changed with the CLI only (the same rule the action enforces).
  if (roleChangeProblem(user, null)) return <span className="badge bg-slate-100 text-slate-700">Administrator</span>;
  return (
    <form className="flex flex-wrap items-center gap-2" onSubmit={async (event) => {
      event.preventDefault();
      setPending(true);
      const result = await setUserRole({ email: user.email, role });
      setPending(false);
      if (!result.ok) setMessage({ tone: "error", text: [result.message, ...Object.values(result.fieldErrors ?? {}).flat()].filter((text, index, all) => all.indexOf(text) === index).join(" ") });
      else {
        setMessage({ tone: "info", text: result.data.changed ? `Now ${LABELS[result.data.role as keyof typeof LABELS] ?? result.data.role}.` : "No change." });
        router.refresh();
      }
    }}>
      <select aria-label={`Role of ${user.name}`} className="rounded border border-slate-300 px-2 py-1" value={role} disabled={pending} onChange={(event) => setRole(event.target.value)}>
        {GRANTABLE_ROLES.map((value) => <option key={value} value={value}>{LABELS[value]}</option>)}
      </select>
      <button type="submit" className="btn-secondary px-3 py-1" disabled={pending || role === user.role}>Save</button>
      {message ? <span role={message.tone === "error" ? "alert" : "status"} className={message.tone === "error" ? "field-error" : "text-sm text-slate-600"}>{message.text}</span> : null}
    </form>
  );
}
