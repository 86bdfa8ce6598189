"use client";
// The authoring form. Everything typed lives in this component's state, so a rejected save
// (invalid input, identifier warning, conflict, lost session) never loses a word. Its parts:
// case-form-draft.ts (state <-> input), case-form-timeline-item.tsx, case-form-answer.tsx,
// case-form-identifiers.tsx, and each saved study's images (components/images).
import { useRouter } from "next/navigation";
import { useId, useMemo, useState } from "react";
import { Field, FormAlert } from "@/components/ui/field";
import { StepThroughField } from "./case-form-step-through";
import { saveCase } from "@/lib/cases/actions";
import { useSubmissionKey } from "@/components/use-submission-key";
import { AGE_BANDS } from "@/lib/deidentify/guard";
import { BODY_REGIONS, CASE_LIMITS, SEXES, SEX_LABELS, VISIBILITIES, VISIBILITY_LABELS } from "@/lib/cases/constants";
import type { CaseInput } from "@/lib/cases/schema";
import type { StudyImages } from "@/lib/imaging/view";
import { CaseLiveProvider } from "@/components/live/case-live";
import { StudyImagesEditor } from "@/components/images/study-images-editor";
import { nextKey, toDraft, toPayload, type Draft, type EventDraft, type ItemDraft, type StudyDraft } from "./case-form-draft";
import { AnswerSection } from "./case-form-answer";
import { IdentifierWarning, useCaseGuard } from "./case-form-identifiers";
import { TimelineItem } from "./case-form-timeline-item";

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
  /** Edit mode: each saved study's series, and where the case's live stream resumes (upload progress). */
  images?: { byStudy: StudyImages; liveAfter: string };
}

export function CaseForm({ mode, caseId, updatedAt, initial, diagnosisNames, teams, defaultTeamId = null, images }: CaseFormProps) {
  const router = useRouter();
  const formId = useId();
  const [draft, setDraft] = useState<Draft>(() => {
    const start = toDraft(initial);
    return !initial && defaultTeamId ? { ...start, visibility: "team", teamId: defaultTeamId } : start;
  });
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  // The de-identification guard as the author types, and its answer on save (case-form-identifiers.tsx).
  const guard = useCaseGuard(draft, initial?.visibility ?? null);
  const findings = guard.findings;
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
    if (guard.holdBack === "public") {
      setMessage("This team case is about to become public: confirm in the red box above that you have re-read it.");
      return;
    }
    setPending(true);
    setMessage(null);
    try {
      const payload = toPayload(draft);
      // A new case: one per submission, however often it is sent (decision 032).
      const clientKey = caseId ? null : submission.keyFor(payload);
      const result = await saveCase({
        caseId,
        expectedUpdatedAt: updatedAt,
        ...guard.state.confirmation,
        case: payload,
        ...(clientKey ? { clientKey } : {}),
      });
      if (result.ok) {
        if (clientKey) submission.done(clientKey);
        setErrors({});
        guard.clear();
        router.push(`/cases/${result.data.caseId}`);
        router.refresh();
        return;
      }
      const fieldErrors: Record<string, string[]> = {};
      for (const [key, value] of Object.entries(result.fieldErrors ?? {})) fieldErrors[key.replace(/^case\./, "")] = value;
      setErrors(fieldErrors);
      setMessage(result.message);
      if (result.code === "identifiers_found") guard.onRefused(result.details ?? []);
    } catch {
      setMessage("Rounds could not save this: the connection failed, or the case is larger than 5 MB. Your text is still here; check your connection and save again.");
    } finally {
      setPending(false);
    }
  }

  const flagged = guard.flagged;
  const errorsFor = (path: string) => errors[path];
  const warn = (path: string) => (flagged.has(path) ? "ring-2 ring-amber-400" : "");
  const errorCount = Object.keys(errors).length;
  const studyImages = (item: StudyDraft, legend: string) =>
    !caseId || !images ? (
      <p className="text-sm text-slate-600" data-testid="images-after-save">Images: save the case first, then add images from Edit.</p>
    ) : !item.id ? (
      <p className="text-sm text-slate-600" data-testid="images-after-save">Images: save this study first, then add its images here.</p>
    ) : (
      <StudyImagesEditor caseId={caseId} studyId={item.id} label={legend} series={images.byStudy[item.id] ?? []} />
    );

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
        {draft.status === "unknown" || draft.stepThrough ? <StepThroughField checked={draft.stepThrough} onChange={(checked) => set("stepThrough", checked)} errors={errorsFor("stepThrough")} /> : null}
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

      <LiveWhenEditing caseId={caseId} after={images?.liveAfter}>
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
            const ordinal = draft.timeline.slice(0, index + 1).filter((other) => other.type === item.type).length;
            const legend = item.type === "study" ? `Study ${ordinal}` : `Event ${ordinal}`;
            return (
              <TimelineItem
                key={item.key} item={item} index={index} legend={legend} count={draft.timeline.length}
                errorsFor={errorsFor} warn={warn} setItem={setItem} move={move} remove={remove}
                images={item.type === "study" ? studyImages(item, legend) : undefined}
              />
            );
          })}
        </ol>
        <div className="flex flex-wrap gap-2">
          <button type="button" className="btn-secondary" onClick={addStudy} disabled={counts.studies >= CASE_LIMITS.studies}>+ Add study</button>
          <button type="button" className="btn-secondary" onClick={addEvent} disabled={counts.events >= CASE_LIMITS.events}>+ Add event</button>
        </div>
      </section>
      </LiveWhenEditing>

      <AnswerSection formId={formId} draft={draft} setResolution={setResolution} setFinalDiagnoses={(value) => set("finalDiagnoses", value)} errorsFor={errorsFor} warn={warn} />

      <IdentifierWarning formId={formId} guard={guard} draft={draft} />

      <div className="sticky bottom-0 -mx-4 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-slate-50/95 px-4 py-3 backdrop-blur">
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? "Saving…" : mode === "create" ? "Save case" : "Save changes"}
        </button>
        {guard.holdBack === "identifiers" ? <span className="text-sm text-amber-900">{findings.length === 1 ? "1 possible identifier" : `${findings.length} possible identifiers`}: remove the highlighted text, or confirm above, to save.</span> : null}
        {guard.holdBack === "public" ? <span className="text-sm text-red-800">Confirm above that you have re-read the case before making it public.</span> : null}
        <button type="button" className="btn-ghost" onClick={() => router.back()}>Cancel</button>
      </div>
    </form>
  );
}

/** The case's live stream around the timeline while editing: each study's uploads report progress on it. */
function LiveWhenEditing({ caseId, after, children }: { caseId?: string; after?: string; children: React.ReactNode }) {
  return caseId && after !== undefined ? <CaseLiveProvider caseId={caseId} after={after}>{children}</CaseLiveProvider> : <>{children}</>;
}
