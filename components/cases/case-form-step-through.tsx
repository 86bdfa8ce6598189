"use client";
// The authoring form's step-through setting (decision 088): on an unknown case, learners see the
// presentation and the first study, and unlock each next study by committing a differential.
import { useId } from "react";

export function StepThroughField({ checked, onChange, errors }: { checked: boolean; onChange: (checked: boolean) => void; errors?: string[] }) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label className="flex min-h-6 items-start gap-2 text-sm">
        <input type="checkbox" className="mt-0.5 size-4" checked={checked} onChange={(event) => onChange(event.target.checked)} aria-describedby={`${id}-hint${errors?.length ? ` ${id}-error` : ""}`} aria-invalid={errors?.length ? true : undefined} />
        <span className="font-medium">Step through the studies</span>
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        Each colleague sees the presentation and the first study, and unlocks the next study (with the events before it) by committing a differential. Their list at each step is kept and shown to them after the reveal.
      </p>
      {errors?.length ? <p id={`${id}-error`} className="text-sm text-red-700">{errors.join(" ")}</p> : null}
    </div>
  );
}
