"use client";
import { useState } from "react";
import { signOutLazily } from "./sign-out";

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      className="btn-secondary px-3 py-1.5"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signOutLazily("/");
      }}
    >
      {pending ? "Signing out…" : "Sign out"}
    </button>
  );
}
