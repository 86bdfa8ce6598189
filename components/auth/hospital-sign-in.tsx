"use client";
import { signIn } from "next-auth/react";

export function HospitalSignIn({ callbackUrl }: { callbackUrl: string }) {
  return (
    <div className="mb-4 space-y-3">
      <button type="button" className="btn-secondary w-full" onClick={() => void signIn("hospital", { callbackUrl })}>
        Sign in with your hospital account
      </button>
      <p className="text-center text-xs text-slate-500">or with your Rounds email and password</p>
    </div>
  );
}
