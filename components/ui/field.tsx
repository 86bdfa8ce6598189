// A labelled form control with its error rendered beside it and wired by aria-describedby.
import { useId } from "react";

export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {messages.join(" ")}
    </p>
  );
}

interface FieldProps {
  label: string;
  errors?: string[];
  hint?: string;
  className?: string;
  children: (props: { id: string; "aria-invalid": boolean; "aria-describedby"?: string }) => React.ReactNode;
}

export function Field({ label, errors, hint, className, children }: FieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="mt-0.5 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {children({ id, "aria-invalid": Boolean(errors?.length), "aria-describedby": describedBy })}
      <FieldError id={errorId} messages={errors} />
    </div>
  );
}

export function FormAlert({ tone = "error", children }: { tone?: "error" | "warning" | "info"; children: React.ReactNode }) {
  const tones = {
    error: "border-red-300 bg-red-50 text-red-800",
    warning: "border-amber-300 bg-amber-50 text-amber-900",
    info: "border-sky-300 bg-sky-50 text-sky-900",
  };
  return (
    <div role={tone === "info" ? "status" : "alert"} className={`rounded-md border px-4 py-3 text-sm ${tones[tone]}`}>
      {children}
    </div>
  );
}
