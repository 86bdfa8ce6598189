import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { hasDemoAccounts } from "@/lib/auth/queries";
import { safeReturnPath } from "@/lib/auth/schema";
import { getViewer } from "@/lib/auth/session";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo/content";
import { HospitalSignIn } from "@/components/auth/hospital-sign-in";
import { oidcConfig } from "@/lib/core/env";

/** next-auth's error codes, in words a clinician can act on. */
const ERRORS: Record<string, string> = {
  CredentialsSignin: "Sign-in failed. Check your email and password.",
  OAuthSignin: "Hospital sign-in could not start: the identity provider is not answering. Try again, or ask your administrator.",
  OAuthCallback: "Hospital sign-in failed: the identity provider did not accept Rounds' credentials. Ask your administrator to check the single sign-on settings (client id and secret).",
  Callback: "Hospital sign-in failed while finishing. Try again, or ask your administrator.",
  SsoEmail: "Hospital sign-in did not confirm your email address, so Rounds cannot link it to an account. Ask your administrator.",
  AccessDenied: "That account may not sign in.",
};

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(params.callbackUrl);
  if (await getViewer()) redirect(callbackUrl);
  const showDemo = await hasDemoAccounts();
  return (
    <div className="mx-auto grid max-w-4xl gap-8 md:grid-cols-2">
      <section className="card p-6">
        <h1 className="mb-4 text-2xl font-semibold">Sign in to Rounds</h1>
        {params.reason === "idle" ? (
          <p className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" role="status">
            You were signed out after a period without activity. Sign in to continue.
          </p>
        ) : null}
        {params.error ? (
          <p className="mb-4 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800" role="alert" data-testid="signin-error">
            {ERRORS[String(params.error)] ?? "Sign-in failed. Try again."}
          </p>
        ) : null}
        {oidcConfig() ? <HospitalSignIn callbackUrl={callbackUrl} /> : null}
        <SignInForm callbackUrl={callbackUrl} />
        <p className="mt-4 text-sm text-slate-600">
          New to Rounds?{" "}
          <Link className="font-medium text-brand-700 underline" href={`/register?callbackUrl=${encodeURIComponent(callbackUrl)}`}>
            Create an account
          </Link>
        </p>
      </section>
      {showDemo ? (
        <section className="card p-6" aria-labelledby="demo-accounts">
          <h2 id="demo-accounts" className="text-lg font-semibold">Demo accounts</h2>
          <p className="mt-1 text-sm text-slate-600">
            This installation has demo data. Every demo account uses the password{" "}
            <code className="rounded bg-slate-100 px-1">{DEMO_PASSWORD}</code>.
          </p>
          <ul className="mt-3 divide-y divide-slate-100 text-sm">
            {DEMO_USERS.map((user) => (
              <li key={user.email} className="flex flex-wrap justify-between gap-2 py-2">
                <code>{user.email}</code>
                <span className="text-slate-500">{user.role}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
