"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Field, FormAlert } from "@/components/ui/field";
import { register } from "@/lib/auth/actions";

const ROLES = [
  { value: "resident", label: "Resident / trainee" },
  { value: "clinician", label: "Clinician (attending, consultant, radiologist)" },
] as const;

export function RegisterForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [values, setValues] = useState({ name: "", email: "", password: "", role: "resident" });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const set = (key: keyof typeof values) => (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setValues((current) => ({ ...current, [key]: event.target.value }));

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result = await register(values);
    if (!result.ok) {
      setPending(false);
      setFieldErrors(result.fieldErrors ?? {});
      setError(result.message);
      return;
    }
    setFieldErrors({});
    const signedIn = await signIn("credentials", { email: values.email, password: values.password, redirect: false });
    setPending(false);
    if (!signedIn || signedIn.error) {
      router.replace(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {error ? <FormAlert>{error}</FormAlert> : null}
      <Field label="Full name" errors={fieldErrors.name}>
        {(props) => <input {...props} className="field-input" name="name" autoComplete="name" value={values.name} onChange={set("name")} />}
      </Field>
      <Field label="Email" errors={fieldErrors.email}>
        {(props) => <input {...props} className="field-input" type="email" name="email" autoComplete="email" value={values.email} onChange={set("email")} />}
      </Field>
      <Field label="Password" hint="At least 10 characters." errors={fieldErrors.password}>
        {(props) => (
          <input {...props} className="field-input" type="password" name="password" autoComplete="new-password" value={values.password} onChange={set("password")} />
        )}
      </Field>
      <Field label="Role" hint="Educators are appointed by an administrator or by a team's owner." errors={fieldErrors.role}>
        {(props) => (
          <select {...props} className="field-input" name="role" value={values.role} onChange={set("role")}>
            {ROLES.map((role) => (
              <option key={role.value} value={role.value}>
                {role.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="btn-primary w-full" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
    </form>
  );
}
