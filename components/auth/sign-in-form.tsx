"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field, FormAlert } from "@/components/ui/field";

export function SignInForm({ callbackUrl, initialEmail = "" }: { callbackUrl: string; initialEmail?: string }) {
  const router = useRouter();
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    if (!email.trim() || !password) {
      setError("Enter your email and password.");
      return;
    }
    setPending(true);
    const result = await signIn("credentials", { email, password, redirect: false, callbackUrl });
    setPending(false);
    if (!result || result.error) {
      // Lockout and throttling explain themselves; anything else is the generic mismatch.
      const explained = result?.error && result.error !== "CredentialsSignin" && result.error.length > 20;
      setError(explained ? result!.error! : "That email and password do not match an account. Check them and try again.");
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {error ? <FormAlert>{error}</FormAlert> : null}
      <Field label="Email">
        {(props) => (
          <input {...props} className="field-input" type="email" name="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
        )}
      </Field>
      <Field label="Password">
        {(props) => (
          <input {...props} className="field-input" type="password" name="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        )}
      </Field>
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
