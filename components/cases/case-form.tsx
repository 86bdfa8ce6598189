"use client";
// The authoring form. Everything typed lives in this component's state, so a rejected save
// (invalid input, identifier warning, conflict, lost session) never loses a word.
import { useRouter } from "next/navigation";
import { useId, useMemo, useState } from "react";
import { Field, FormAlert } from "@/components/ui/field";
import { saveCase } from "@/lib/cases/actions";
import { useSubmissionKey } from "@/components/use-submission-key";
import type { CaseIdentifierFinding } from "@/lib/cases/identifiers";
import { AGE_BANDS } from "@/lib/deidentify/guard";
import {
  BASES, BASIS_LABELS, BODY_REGIONS, CASE_LIMITS, CERTAINTIES, CERTAINTY_LABELS, EVENT_KINDS, EVENT_KIND_LABELS,
  MODALITIES, SEXES, SEX_LABELS, STUDY_CHANGES, VISIBILITIES, VISIBILITY_LABELS,
} from "@/lib/cases/constants";
import type { CaseInput } from "@/lib/cases/schema";
import { formatOffset } from "@/lib/cases/timeline";

type StudyDraft = {
  key: string; type: "study"; id?: string; dayOffset: string; label: string; modality: string; region: string;
  technique: string; contrast: boolean; findings: string; impression: string; change: string;
};
type EventDraft = { key: string; type: "event"; id?: string; dayOffset: string; label: string; kind: string; description: string };
type ItemDraft = StudyDraft | EventDraft;

interface Draft {
  title: string; presentation: string; ageBand: string; sex: string; region: string; tags: string; status: string;
  visibility: string; teamId: string;
  timeline: ItemDraft[];
  resolution: { diagnosis: string; certainty: string; basis: string; explanation: string; teachingPoints: string };
}

let keyCounter = 0;
const nextKey = () => `item-${++keyCounter}`;

function toDraft(value?: CaseInput): Draft {
  return {
    title: value?.title ?? "",
    presentation: value?.presentation ?? "",
    ageBand: value?.ageBand ?? "",
    sex: value?.sex ?? "",
    region: value?.region ?? "",
    tags: value?.tags.join(", ") ?? "",
    status: value?.status ?? "draft",
    visibility: value?.visibility ?? "institution",
    teamId: value?.teamId ?? "",
    timeline: (value?.timeline ?? []).map((item): ItemDraft =>
      item.type === "study"
        ? { key: nextKey(), type: "study", id: item.id, dayOffset: String(item.dayOffset), label: item.label ?? "", modality: item.modality, region: item.region,
            technique: item.technique, contrast: item.contrast, findings: item.findings, impression: item.impression, change: item.change ?? "" }
        : { key: nextKey(), type: "event", id: item.id, dayOffset: String(item.dayOffset), label: item.label ?? "", kind: item.kind, description: item.description },
    ),
    resolution: {
      diagnosis: value?.resolution.diagnosis ?? "",
      certainty: value?.resolution.certainty ?? "",
      basis: value?.resolution.basis ?? "",
      explanation: value?.resolution.explanation ?? "",
      teachingPoints: value?.resolution.teachingPoints ?? "",
    },
  };
}

/** Form state -> the action's input. Blank selects become null; zod does the rest. */
function toPayload(draft: Draft) {
  return {
    title: draft.title,
    presentation: draft.presentation,
    ageBand: draft.ageBand,
    sex: draft.sex,
    region: draft.region,
    tags: draft.tags.split(",").map((tag) => tag.trim()).filter(Boolean),
    status: draft.status,
    visibility: draft.visibility,
    teamId: draft.visibility === "team" ? draft.teamId || null : null,
    timeline: draft.timeline.map((item) => {
      const dayOffset = item.dayOffset.trim() === "" ? Number.NaN : Number(item.dayOffset);
      if (item.type === "study") {
        const { key: _key, change, ...rest } = item;
        return { ...rest, dayOffset, change: change || null };
      }
      const { key: _key, ...rest } = item;
      return { ...rest, dayOffset };
    }),
    resolution: {
      ...draft.resolution,
      certainty: draft.resolution.certainty || null,
      basis: draft.resolution.basis || null,
    },
  };
}

const FIELD_NAMES: Record<string, string> = {
  title: "Title", presentation: "Presentation", tags: "Tags", label: "Label", region: "Region", technique: "Technique",
  findings: "Findings", impression: "Impression", description: "Description", diagnosis: "Diagnosis",
  explanation: "Explanation", teachingPoints: "Teaching points",
};

function describeField(path: string, draft: Draft): string {
  const parts = path.split(".");
  if (parts[0] === "timeline") {
    const index = Number(parts[1]);
    const item = draft.timeline[index];
    const kind = item?.type === "study" ? `Study (${item.modality || "study"})` : "Event";
    return `${kind} ${index + 1}, ${FIELD_NAMES[parts[2] ?? ""] ?? parts[2]}`;
  }
  return FIELD_NAMES[parts.at(-1) ?? ""] ?? path;
}

function Highlighted({ text, start, end }: { text: string; start: number; end: number }) {
  const from = Math.max(0, start - 40);
  const to = Math.min(text.length, end + 40);
  return (
    <span>
      {from > 0 ? "…" : ""}
      {text.slice(from, start)}
      <mark className="rounded bg-amber-200 px-0.5 font-semibold text-amber-950">{text.slice(start, end)}</mark>
      {text.slice(end, to)}
      {to < text.length ? "…" : ""}
    </span>
  );
}

function fieldText(draft: Draft, path: string): string {
  const parts = path.split(".");
  if (parts[0] === "timeline") {
    const item = draft.timeline[Number(parts[1])] as Record<string, unknown> | undefined;
    return String(item?.[parts[2] ?? ""] ?? "");
  }
  if (parts[0] === "resolution") return draft.resolution[parts[1] as keyof Draft["resolution"]] ?? "";
  if (parts[0] === "tags") return toPayload(draft).tags.join(", ");
  return String((draft as unknown as Record<string, unknown>)[parts[0] ?? ""] ?? "");
}

export interface CaseFormProps {
  mode: "create" | "edit";
  caseId?: string;
  updatedAt?: string;
  initial?: CaseInput;
  diagnosisNames: string[];
  /** Teams the author may share a team-only case with. */
  teams: Array<{ id: string; name: string }>;
  /** A case started from a team is that team's by default. */
  defaultTeamId?: string | null;
}

export function CaseForm({ mode, caseId, updatedAt, initial, diagnosisNames, teams, defaultTeamId = null }: CaseFormProps) {
  const router = useRouter();
  const formId = useId();
  const [draft, setDraft] = useState<Draft>(() => {
    const start = toDraft(initial);
    return !initial && defaultTeamId ? { ...start, visibility: "team", teamId: defaultTeamId } : start;
  });
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [findings, setFindings] = useState<CaseIdentifierFinding[]>([]);
  const [confirmed, setConfirmed] = useState(false);
  const [pending, setPending] = useState(false);
  const submission = useSubmissionKey();
  const [removed, setRemoved] = useState<{ item: ItemDraft; index: number } | null>(null);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const setResolution = (key: keyof Draft["resolution"], value: string) =>
    setDraft((current) => ({ ...current, resolution: { ...current.resolution, [key]: value } }));
  const setItem = (index: number, patch: Partial<StudyDraft> | Partial<EventDraft>) =>
    setDraft((current) => ({
      ...current,
      timeline: current.timeline.map((item, i) => (i === index ? ({ ...item, ...patch } as ItemDraft) : item)),
    }));

  const lastDay = () => draft.timeline.at(-1)?.dayOffset ?? "0";
  const addStudy = () =>
    set("timeline", [...draft.timeline, { key: nextKey(), type: "study", dayOffset: lastDay(), label: "", modality: "MRI", region: draft.region,
      technique: "", contrast: false, findings: "", impression: "", change: "" }]);
  const addEvent = () =>
    set("timeline", [...draft.timeline, { key: nextKey(), type: "event", dayOffset: lastDay(), label: "", kind: "treatment", description: "" }]);
  const move = (index: number, delta: -1 | 1) => {
    const target = index + delta;
    if (target < 0 || target >= draft.timeline.length) return;
    const timeline = [...draft.timeline];
    [timeline[index], timeline[target]] = [timeline[target]!, timeline[index]!];
    set("timeline", timeline);
  };
  const remove = (index: number) => {
    const item = draft.timeline[index];
    if (!item) return;
    setRemoved({ item, index });
    set("timeline", draft.timeline.filter((_, i) => i !== index));
  };
  const undoRemove = () => {
    if (!removed) return;
    const timeline = [...draft.timeline];
    timeline.splice(Math.min(removed.index, timeline.length), 0, removed.item);
    set("timeline", timeline);
    setRemoved(null);
  };

  const counts = useMemo(() => {
    const studies = draft.timeline.filter((item) => item.type === "study").length;
    return { studies, events: draft.timeline.length - studies };
  }, [draft.timeline]);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setMessage(null);
    try {
      const payload = toPayload(draft);
      const result = await saveCase({
        caseId,
        expectedUpdatedAt: updatedAt,
        identifiersConfirmed: findings.length > 0 && confirmed,
        case: payload,
        // A new case: one per submission, however often it is sent (decision 032).
        ...(caseId ? {} : { clientKey: submission.keyFor(payload) }),
      });
      if (result.ok) {
        submission.done();
        setErrors({});
        setFindings([]);
        router.push(`/cases/${result.data.caseId}`);
        router.refresh();
        return;
      }
      const fieldErrors: Record<string, string[]> = {};
      for (const [key, value] of Object.entries(result.fieldErrors ?? {})) fieldErrors[key.replace(/^case\./, "")] = value;
      setErrors(fieldErrors);
      setMessage(result.message);
      if (result.code === "identifiers_found") {
        setFindings((result.details as CaseIdentifierFinding[]) ?? []);
        setConfirmed(false);
      } else {
        setFindings([]);
      }
    } catch {
      setMessage("Rounds could not save this: the connection failed, or the case is larger than 5 MB. Your text is still here; check your connection and save again.");
    } finally {
      setPending(false);
    }
  }

  const flagged = new Set(findings.map((finding) => finding.field));
  const errorsFor = (path: string) => errors[path];
  const warn = (path: string) => (flagged.has(path) ? "ring-2 ring-amber-400" : "");
  const errorCount = Object.keys(errors).length;

  return (
    <form onSubmit={submit} noValidate className="space-y-8" aria-describedby={`${formId}-status`}>
      <div id={`${formId}-status`} aria-live="polite">
        {message && findings.length === 0 ? (
          <FormAlert>
            <p>{message}</p>
            {errorCount > 0 ? <p className="mt-1">{errorCount === 1 ? "1 field needs" : `${errorCount} fields need`} attention; they are marked below.</p> : null}
            {errors._form ? <p className="mt-1">{errors._form.join(" ")}</p> : null}
            {errors.timeline ? <p className="mt-1">{errors.timeline.join(" ")}</p> : null}
          </FormAlert>
        ) : null}
      </div>

      <section className="card space-y-4 p-5" aria-labelledby={`${formId}-case`}>
        <h2 id={`${formId}-case`} className="text-lg font-semibold">Case</h2>
        <Field label="Title" errors={errorsFor("title")} hint="Shown in the library. For an unknown case others see “Unknown case” instead.">
          {(props) => <input {...props} className={`field-input ${warn("title")}`} value={draft.title} maxLength={CASE_LIMITS.title} onChange={(e) => set("title", e.target.value)} />}
        </Field>
        <Field label="Presentation" errors={errorsFor("presentation")} hint="The history as the team first heard it. No names, dates or record numbers.">
          {(props) => <textarea {...props} rows={5} className={`field-input ${warn("presentation")}`} value={draft.presentation} onChange={(e) => set("presentation", e.target.value)} />}
        </Field>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field label="Age band" errors={errorsFor("ageBand")}>
            {(props) => (
              <select {...props} className="field-input" value={draft.ageBand} onChange={(e) => set("ageBand", e.target.value)}>
                <option value="">Choose…</option>
                {AGE_BANDS.map((band) => <option key={band} value={band}>{band}</option>)}
              </select>
            )}
          </Field>
          <Field label="Sex" errors={errorsFor("sex")}>
            {(props) => (
              <select {...props} className="field-input" value={draft.sex} onChange={(e) => set("sex", e.target.value)}>
                <option value="">Choose…</option>
                {SEXES.map((sex) => <option key={sex} value={sex}>{SEX_LABELS[sex]}</option>)}
              </select>
            )}
          </Field>
          <Field label="Body region" errors={errorsFor("region")}>
            {(props) => (
              <select {...props} className="field-input" value={draft.region} onChange={(e) => set("region", e.target.value)}>
                <option value="">Choose…</option>
                {BODY_REGIONS.map((region) => <option key={region} value={region}>{region}</option>)}
              </select>
            )}
          </Field>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Tags" hint="Separate with commas, e.g. stress fracture, foot" errors={errorsFor("tags") ?? Object.entries(errors).filter(([k]) => k.startsWith("tags.")).flatMap(([, v]) => v)}>
            {(props) => <input {...props} className={`field-input ${warn("tags")}`} value={draft.tags} onChange={(e) => set("tags", e.target.value)} />}
          </Field>
          <Field label="Status" errors={errorsFor("status")}>
            {(props) => (
              <select {...props} className="field-input" value={draft.status} onChange={(e) => set("status", e.target.value)}>
                <option value="draft">Draft: only you can see it</option>
                <option value="open">Open: discussion, diagnosis hidden until resolved</option>
                <option value="unknown">Unknown case: colleagues guess before the reveal</option>
                <option value="resolved">Resolved: diagnosis and teaching points shown</option>
              </select>
            )}
          </Field>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Who can see it" errors={errorsFor("visibility")}>
            {(props) => (
              <select {...props} className="field-input" value={draft.visibility} onChange={(e) => set("visibility", e.target.value)}>
                {VISIBILITIES.map((visibility) => (
                  <option key={visibility} value={visibility} disabled={visibility === "team" && teams.length === 0}>
                    {VISIBILITY_LABELS[visibility]}{visibility === "team" && teams.length === 0 ? " (join a team first)" : ""}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {draft.visibility === "team" ? (
            <Field label="Team" errors={errorsFor("teamId")}>
              {(props) => (
                <select {...props} className="field-input" value={draft.teamId} onChange={(e) => set("teamId", e.target.value)}>
                  <option value="">Choose…</option>
                  {teams.map((team) => <option key={team.id} value={team.id}>{team.name}</option>)}
                </select>
              )}
            </Field>
          ) : null}
        </div>
      </section>

      <section className="space-y-4" aria-labelledby={`${formId}-timeline`}>
        <div className="flex flex-wrap items-end justify-between gap-2">
          <div>
            <h2 id={`${formId}-timeline`} className="text-lg font-semibold">Imaging and events</h2>
            <p className="text-sm text-slate-600">
              Days count from presentation (Day 0). Items on the same day keep the order you give them here.
              {" "}{counts.studies}/{CASE_LIMITS.studies} studies, {counts.events}/{CASE_LIMITS.events} events.
            </p>
          </div>
        </div>
        {removed ? (
          <FormAlert tone="info">
            Removed {removed.item.type === "study" ? "a study" : "an event"}.{" "}
            <button type="button" className="font-semibold underline" onClick={undoRemove}>Undo</button>
          </FormAlert>
        ) : null}
        {draft.timeline.length === 0 ? (
          <p className="card p-4 text-sm text-slate-600">No studies or events yet. Add the first study below.</p>
        ) : null}
        <ol className="space-y-4">
          {draft.timeline.map((item, index) => {
            const path = (field: string) => `timeline.${index}.${field}`;
            const ordinal = draft.timeline.slice(0, index + 1).filter((other) => other.type === item.type).length;
            const legend = item.type === "study" ? `Study ${ordinal}` : `Event ${ordinal}`;
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
                      <button type="button" className="btn-ghost px-2 py-1" onClick={() => move(index, 1)} disabled={index === draft.timeline.length - 1} aria-label={`Move ${legend} down`}>↓</button>
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
                    </div>
                  ) : (
                    <Field className="mt-3" label="Description" errors={errorsFor(path("description"))}>
                      {(props) => <textarea {...props} rows={2} className={`field-input ${warn(path("description"))}`} value={item.description} onChange={(e) => setItem(index, { description: e.target.value })} />}
                    </Field>
                  )}
                </fieldset>
              </li>
            );
          })}
        </ol>
        <div className="flex flex-wrap gap-2">
          <button type="button" className="btn-secondary" onClick={addStudy} disabled={counts.studies >= CASE_LIMITS.studies}>+ Add study</button>
          <button type="button" className="btn-secondary" onClick={addEvent} disabled={counts.events >= CASE_LIMITS.events}>+ Add event</button>
        </div>
      </section>

      <section className="card space-y-4 p-5" aria-labelledby={`${formId}-answer`}>
        <div>
          <h2 id={`${formId}-answer`} className="text-lg font-semibold">Diagnosis (hidden until resolved)</h2>
          <p className="text-sm text-slate-600">Only you see this while the case is open or unknown.</p>
        </div>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field className="sm:col-span-2" label="Final diagnosis" errors={errorsFor("resolution.diagnosis")} hint="Choose from the catalogue so answers aggregate; free text is allowed.">
            {(props) => (
              <>
                <input {...props} list={`${formId}-diagnoses`} className={`field-input ${warn("resolution.diagnosis")}`} value={draft.resolution.diagnosis} onChange={(e) => setResolution("diagnosis", e.target.value)} />
                <datalist id={`${formId}-diagnoses`}>{diagnosisNames.map((name) => <option key={name} value={name} />)}</datalist>
              </>
            )}
          </Field>
          <Field label="Certainty" errors={errorsFor("resolution.certainty")}>
            {(props) => (
              <select {...props} className="field-input" value={draft.resolution.certainty} onChange={(e) => setResolution("certainty", e.target.value)}>
                <option value="">Not stated</option>
                {CERTAINTIES.map((c) => <option key={c} value={c}>{CERTAINTY_LABELS[c]}</option>)}
              </select>
            )}
          </Field>
        </div>
        <Field label="Basis" errors={errorsFor("resolution.basis")}>
          {(props) => (
            <select {...props} className="field-input sm:max-w-xs" value={draft.resolution.basis} onChange={(e) => setResolution("basis", e.target.value)}>
              <option value="">Not stated</option>
              {BASES.map((b) => <option key={b} value={b}>{BASIS_LABELS[b]}</option>)}
            </select>
          )}
        </Field>
        <Field label="Explanation" errors={errorsFor("resolution.explanation")}>
          {(props) => <textarea {...props} rows={3} className={`field-input ${warn("resolution.explanation")}`} value={draft.resolution.explanation} onChange={(e) => setResolution("explanation", e.target.value)} />}
        </Field>
        <Field label="Teaching points" errors={errorsFor("resolution.teachingPoints")}>
          {(props) => <textarea {...props} rows={4} className={`field-input ${warn("resolution.teachingPoints")}`} value={draft.resolution.teachingPoints} onChange={(e) => setResolution("teachingPoints", e.target.value)} />}
        </Field>
      </section>

      {findings.length > 0 ? (
        <section className="space-y-3 rounded-lg border-2 border-amber-400 bg-amber-50 p-5" role="alert" aria-labelledby={`${formId}-identifiers`} data-testid="identifier-warning">
          <h2 id={`${formId}-identifiers`} className="text-lg font-semibold text-amber-950">Possible patient identifiers</h2>
          <p className="text-sm text-amber-950">{message}</p>
          <ul className="space-y-2 text-sm">
            {findings.map((finding, index) => (
              <li key={`${finding.field}-${finding.start}-${index}`} className="rounded bg-white p-2">
                <p className="font-medium">{describeField(finding.field, draft)}: {finding.message}</p>
                <p className="mt-1 text-slate-700"><Highlighted text={fieldText(draft, finding.field)} start={finding.start} end={finding.end} /></p>
              </li>
            ))}
          </ul>
          <label className="flex items-start gap-2 text-sm font-medium text-amber-950">
            <input type="checkbox" className="mt-0.5 size-4" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
            I have checked these: they do not identify the patient, save anyway.
          </label>
        </section>
      ) : null}

      <div className="sticky bottom-0 -mx-4 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-slate-50/95 px-4 py-3 backdrop-blur">
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? "Saving…" : findings.length > 0 && !confirmed ? "Check again and save" : mode === "create" ? "Save case" : "Save changes"}
        </button>
        {findings.length > 0 && !confirmed ? <span className="text-sm text-amber-900">Remove the highlighted text, or confirm above, to save.</span> : null}
        <button type="button" className="btn-ghost" onClick={() => router.back()}>Cancel</button>
      </div>
    </form>
  );
}
