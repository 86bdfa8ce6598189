import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { RegisterForm } from "@/components/auth/register-form";
import { safeReturnPath } from "@/lib/auth/schema";
import { getViewer } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Create an account" };

export default async function RegisterPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const callbackUrl = safeReturnPath((await searchParams).callbackUrl);
  if (await getViewer()) redirect(callbackUrl);
  return (
    <section className="card mx-auto max-w-md p-6">
      <h1 className="mb-1 text-2xl font-semibold">Create your Rounds account</h1>
      <p className="mb-4 text-sm text-slate-600">For clinicians and residents. Educators and administrators are appointed by your institution.</p>
      <RegisterForm callbackUrl={callbackUrl} />
      <p className="mt-4 text-sm text-slate-600">
        Already registered?{" "}
        <Link className="font-medium text-brand-700 underline" href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`}>
          Sign in
        </Link>
      </p>
    </section>
  );
}
