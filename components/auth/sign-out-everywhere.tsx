"use client";
import { signOut } from "next-auth/react";
import { useState } from "react";
import { signOutEverywhere } from "@/lib/auth/actions";

export function SignOutEverywhere() {
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div>
      <button
        type="button"
        className="btn-danger"
        onClick={async () => {
          const result = await signOutEverywhere();
          if (!result.ok) setMessage(result.message);
          else await signOut({ callbackUrl: "/signin" });
        }}
      >
        Sign out everywhere
      </button>
      <p className="mt-1 text-xs text-slate-500">Ends your sessions on every device, this one included.</p>
      {message ? <p className="field-error" role="alert">{message}</p> : null}
    </div>
  );
}
