"use client";
// One item of the authoring form's timeline: a study (with its images once it is saved) or an
// event, with its move and remove buttons.
import { Field } from "@/components/ui/field";
import { EVENT_KINDS, EVENT_KIND_LABELS, MODALITIES, STUDY_CHANGES } from "@/lib/cases/constants";
import { formatOffset } from "@/lib/cases/timeline";
import type { EventDraft, ItemDraft, StudyDraft } from "./case-form-draft";

export function TimelineItem({ item, index, legend, count, errorsFor, warn, setItem, move, remove, images }: {
  item: ItemDraft; index: number; legend: string; count: number;
  errorsFor: (path: string) => string[] | undefined; warn: (path: string) => string;
  setItem: (index: number, patch: Partial<StudyDraft> | Partial<EventDraft>) => void;
  move: (index: number, delta: -1 | 1) => void; remove: (index: number) => void;
  /** The study's images section (authoring form only). */
  images?: React.ReactNode;
}) {
  const path = (field: string) => `timeline.${index}.${field}`;
  const day = Number(item.dayOffset);
  return (
    <li key={item.key}>
      <fieldset className={`card p-4 ${item.type === "event" ? "border-dashed" : ""}`} aria-label={legend} data-testid="timeline-item">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <legend className="float-left font-semibold">
            {legend}
            <span className="ml-2 text-sm font-normal text-slate-500">
              {item.dayOffset.trim() !== "" && Number.isInteger(day) ? formatOffset(day) : ""}
            </span>
          </legend>
          <div className="flex gap-1">
            <button type="button" className="btn-ghost px-2 py-1" onClick={() => move(index, -1)} disabled={index === 0} aria-label={`Move ${legend} up`}>↑</button>
            <button type="button" className="btn-ghost px-2 py-1" onClick={() => move(index, 1)} disabled={index === count - 1} aria-label={`Move ${legend} down`}>↓</button>
            <button type="button" className="btn-ghost px-2 py-1 text-red-700" onClick={() => remove(index)} aria-label={`Remove ${legend}`}>Remove</button>
          </div>
        </div>
        <div className="clear-both mt-3 grid gap-3 sm:grid-cols-3">
          <Field label="Day (from presentation)" errors={errorsFor(path("dayOffset"))}>
            {(props) => <input {...props} className="field-input" inputMode="numeric" value={item.dayOffset} onChange={(e) => setItem(index, { dayOffset: e.target.value })} />}
          </Field>
          <Field label="Label (optional)" hint="Overrides the automatic “+4 weeks”" errors={errorsFor(path("label"))}>
            {(props) => <input {...props} className={`field-input ${warn(path("label"))}`} value={item.label} maxLength={60} onChange={(e) => setItem(index, { label: e.target.value })} />}
          </Field>
          {item.type === "study" ? (
            <Field label="Modality" errors={errorsFor(path("modality"))}>
              {(props) => (
                <select {...props} className="field-input" value={item.modality} onChange={(e) => setItem(index, { modality: e.target.value })}>
                  {MODALITIES.map((modality) => <option key={modality} value={modality}>{modality}</option>)}
                </select>
              )}
            </Field>
          ) : (
            <Field label="Kind" errors={errorsFor(path("kind"))}>
              {(props) => (
                <select {...props} className="field-input" value={item.kind} onChange={(e) => setItem(index, { kind: e.target.value })}>
                  {EVENT_KINDS.map((kind) => <option key={kind} value={kind}>{EVENT_KIND_LABELS[kind]}</option>)}
                </select>
              )}
            </Field>
          )}
        </div>
        {item.type === "study" ? (
          <div className="mt-3 space-y-3">
            <div className="grid gap-3 sm:grid-cols-3">
              <Field label="Region examined" errors={errorsFor(path("region"))}>
                {(props) => <input {...props} className={`field-input ${warn(path("region"))}`} value={item.region} onChange={(e) => setItem(index, { region: e.target.value })} />}
              </Field>
              <Field label="Compared with the previous study" errors={errorsFor(path("change"))}>
                {(props) => (
                  <select {...props} className="field-input" value={item.change} onChange={(e) => setItem(index, { change: e.target.value })}>
                    <option value="">Not stated</option>
                    {STUDY_CHANGES.map((change) => <option key={change} value={change}>{change[0]!.toUpperCase() + change.slice(1)}</option>)}
                  </select>
                )}
              </Field>
              <label className="mt-6 flex items-center gap-2 text-sm">
                <input type="checkbox" className="size-4" checked={item.contrast} onChange={(e) => setItem(index, { contrast: e.target.checked })} />
                With contrast
              </label>
            </div>
            <Field label="Technique" hint="Planes, sequences, contrast phase" errors={errorsFor(path("technique"))}>
              {(props) => <input {...props} className={`field-input ${warn(path("technique"))}`} value={item.technique} onChange={(e) => setItem(index, { technique: e.target.value })} />}
            </Field>
            <Field label="Findings" errors={errorsFor(path("findings"))}>
              {(props) => <textarea {...props} rows={4} className={`field-input ${warn(path("findings"))}`} value={item.findings} onChange={(e) => setItem(index, { findings: e.target.value })} />}
            </Field>
            <Field label="Impression" errors={errorsFor(path("impression"))}>
              {(props) => <textarea {...props} rows={2} className={`field-input ${warn(path("impression"))}`} value={item.impression} onChange={(e) => setItem(index, { impression: e.target.value })} />}
            </Field>
          {images}
          </div>
        ) : (
          <Field className="mt-3" label="Description" errors={errorsFor(path("description"))}>
            {(props) => <textarea {...props} rows={2} className={`field-input ${warn(path("description"))}`} value={item.description} onChange={(e) => setItem(index, { description: e.target.value })} />}
          </Field>
        )}
        <label className="mt-3 flex items-center gap-2 text-sm">
          <input type="checkbox" className="size-4" checked={item.partOfAnswer ?? false} onChange={(e) => setItem(index, { partOfAnswer: e.target.checked })} />
          Part of the answer: hidden from participants until the reveal
        </label>
      </fieldset>
    </li>
  );
}
