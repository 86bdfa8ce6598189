"use client";
// A saved study's images in the authoring form: drop or pick files (JPEG, PNG, WebP, DICOM, a .zip
// of a series) with a progress bar per file, then name, order and delete series, mark key images
// with captions, and confirm images held back for possible burned-in text.
import { useRouter } from "next/navigation";
import { useCallback, useId, useState } from "react";
import { confirmSeriesReview, deleteImage, deleteSeries, moveSeries, renameSeries, setKeyImage } from "@/lib/imaging/actions";
import { imageAlt, imageUrl, type SeriesView } from "@/lib/imaging/view";
import { IdentifierFindings, findingsOf, useIdentifierConfirmation } from "@/components/deidentify/identifier-findings";
import type { FieldFinding } from "@/lib/deidentify/confirm";
import type { IdentifierConfirmation } from "@/lib/deidentify/reasons";
import { BlackOutEditor } from "./black-out-editor";
import { useImageUploads, type FileProgress } from "./use-image-uploads";

const ACCEPT = ".jpg,.jpeg,.png,.webp,.dcm,.dicom,.zip,image/jpeg,image/png,image/webp,application/dicom,application/zip";
/** Thumbnails shown per series before "show all" (a 250-slice series would fill the form). */
const STRIP = 12;

type Outcome = { ok: boolean; message?: string; code?: string; details?: unknown };

function ProgressRow({ file }: { file: FileProgress }) {
  const uploading = file.phase === "uploading";
  const percent = uploading ? Math.floor((file.sent / Math.max(1, file.size)) * 100) : file.progress;
  const label = { uploading: "Uploading", queued: "Waiting to be processed", processing: "Processing", done: "Added", failed: "Failed" }[file.phase];
  return (
    <li className="text-sm" data-testid="upload-row" data-phase={file.phase}>
      <div className="flex flex-wrap justify-between gap-2">
        <span className="truncate font-medium">{file.name}</span>
        <span className={file.phase === "failed" ? "text-red-700" : "text-slate-600"}>{label}{file.phase === "failed" || file.phase === "done" ? "" : ` ${percent}%`}</span>
      </div>
      {file.phase !== "failed" && file.phase !== "done" ? (
        <progress className="h-2 w-full" max={100} value={percent} aria-label={`${file.name}: ${label.toLowerCase()}`} />
      ) : null}
      {file.message ? <p className={file.phase === "failed" ? "text-red-700" : "text-amber-800"} data-testid="upload-message">{file.message}</p> : null}
    </li>
  );
}

export function StudyImagesEditor({ caseId, studyId, label, series }: { caseId: string; studyId: string; label: string; series: SeriesView[] }) {
  const router = useRouter();
  const inputId = useId();
  const refresh = useCallback(() => router.refresh(), [router]);
  const uploads = useImageUploads(studyId, refresh);
  const [dragging, setDragging] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<Record<string, boolean>>({});
  // A key-image toggle shows its new state at once; the refreshed props confirm it (or undo it on failure).
  const [keyOverride, setKeyOverride] = useState<Record<string, boolean>>({});
  // The image whose burned-in text is being blacked out. Its re-rendered thumbnails come with the
  // refreshed props: their URLs carry the new version (decision 094).
  const [blackingOut, setBlackingOut] = useState<string | null>(null);

  // A series name or caption the guard flagged: its findings highlighted, saved again only with the
  // author's confirmation and reason (the same panel as every other form, issue 25).
  const [flagged, setFlagged] = useState<{ texts: Record<string, string>; findings: FieldFinding[]; retry: (confirmation: IdentifierConfirmation) => Promise<Outcome> } | null>(null);
  const confirmation = useIdentifierConfirmation(flagged?.findings ?? []);

  async function run(result: Promise<Outcome>, guarded?: { texts: Record<string, string>; retry: (confirmation: IdentifierConfirmation) => Promise<Outcome> }) {
    const outcome = await result;
    const findings = findingsOf(outcome);
    if (findings && guarded) {
      setFlagged({ ...guarded, findings });
      setMessage(null);
      return;
    }
    setFlagged(null);
    setMessage(outcome.ok ? null : (outcome.message ?? "That did not work."));
    if (outcome.ok) router.refresh();
  }

  return (
    <section className="space-y-3 rounded-md border border-slate-200 p-3" aria-label={`Images of ${label}`} data-testid="images-editor" data-case={caseId}>
      <div
        className={`rounded-md border-2 border-dashed p-4 text-center text-sm ${dragging ? "border-brand-700 bg-sky-50" : "border-slate-300"}`}
        onDragOver={(event) => { event.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => { event.preventDefault(); setDragging(false); void uploads.add([...event.dataTransfer.files]); }}
      >
        <p>Drop images here (JPEG, PNG, WebP, DICOM files or a .zip of a series), or{" "}
          <label htmlFor={inputId} className="cursor-pointer font-semibold text-brand-700 underline">choose files</label>.
        </p>
        <p className="mt-1 text-xs text-slate-500">Up to 50 MB a file. Images are de-identified on the server; their metadata and file names are not kept.</p>
        <input id={inputId} type="file" multiple accept={ACCEPT} className="sr-only" data-testid="image-input" onChange={(event) => { void uploads.add([...(event.target.files ?? [])]); event.target.value = ""; }} />
      </div>
      {uploads.files.length > 0 ? (
        <div>
          <ul className="space-y-2" aria-live="polite">{uploads.files.map((file) => <ProgressRow key={file.key} file={file} />)}</ul>
          {uploads.files.some((file) => file.phase === "done") ? <button type="button" className="btn-ghost mt-1 px-2 py-1 text-xs" onClick={uploads.clearFinished}>Clear finished</button> : null}
        </div>
      ) : null}
      {message ? <p className="text-sm text-red-700" role="alert">{message}</p> : null}
      {flagged ? (
        <div className="space-y-2">
          <IdentifierFindings findings={flagged.findings} texts={flagged.texts} label={(field) => (field === "name" ? "Series name" : "Caption")} state={confirmation} refused />
          <button type="button" className="btn-secondary py-1 text-sm" disabled={!confirmation.confirmed} onClick={() => void run(flagged.retry(confirmation.confirmation))}>Save anyway</button>{" "}
          <button type="button" className="btn-ghost py-1 text-sm" onClick={() => setFlagged(null)}>Cancel</button>
        </div>
      ) : null}
      {series.map((one, seriesIndex) => (
        <div key={one.id} className="space-y-2 rounded border border-slate-200 p-2" data-testid="series-editor">
          <div className="flex flex-wrap items-center gap-2">
            <form className="flex flex-1 items-center gap-2" onSubmit={(event) => {
              event.preventDefault();
              const name = String(new FormData(event.currentTarget).get("name") ?? "");
              void run(renameSeries({ seriesId: one.id, name }), { texts: { name }, retry: (answer) => renameSeries({ seriesId: one.id, name, ...answer }) });
            }}>
              <label className="sr-only" htmlFor={`${one.id}-name`}>Series name</label>
              <input id={`${one.id}-name`} name="name" defaultValue={one.name} maxLength={80} className="field-input min-w-0 flex-1 py-1" data-testid="series-name" />
              <button type="submit" className="btn-ghost px-2 py-1 text-sm">Rename</button>
            </form>
            <span className="text-xs text-slate-500">{one.images.length} {one.images.length === 1 ? "image" : "images"}</span>
            <button type="button" className="btn-ghost px-2 py-1" disabled={seriesIndex === 0} aria-label={`Move ${one.name} up`} onClick={() => void run(moveSeries({ seriesId: one.id, direction: "up" }))}>↑</button>
            <button type="button" className="btn-ghost px-2 py-1" disabled={seriesIndex === series.length - 1} aria-label={`Move ${one.name} down`} onClick={() => void run(moveSeries({ seriesId: one.id, direction: "down" }))}>↓</button>
            <button type="button" className="btn-ghost px-2 py-1 text-red-700" onClick={() => window.confirm(`Delete the series “${one.name}” and its ${one.images.length} images?`) && void run(deleteSeries({ seriesId: one.id }))}>Delete series</button>
          </div>
          {one.needsReview ? (
            <p className="rounded bg-amber-50 p-2 text-sm text-amber-900">
              Held back: these images may carry burned-in text (names, dates). Only you see them until you have checked every slice, or blacked out the text (“Black out text…” under an image).{" "}
              <button type="button" className="font-semibold underline" onClick={() => void run(confirmSeriesReview({ seriesId: one.id }))}>I checked: no identifying text</button>
            </p>
          ) : null}
          <ul className="flex flex-wrap gap-2">
            {(expanded[one.id] ? one.images : one.images.slice(0, STRIP)).map((image, index) => (
              <li key={image.id} className="w-28 space-y-1 text-xs" data-testid="image-editor">
                {/* eslint-disable-next-line @next/next/no-img-element -- authorized, private images */}
                <img src={imageUrl(image, "thumb")} alt={imageAlt(one, index)} className="size-28 rounded bg-black object-contain" loading="lazy" />
                <label className="flex items-center gap-1">
                  <input
                    type="checkbox" checked={keyOverride[image.id] ?? image.isKey} data-testid="key-toggle"
                    onChange={(event) => {
                      const isKey = event.target.checked;
                      setKeyOverride((current) => ({ ...current, [image.id]: isKey }));
                      void run(setKeyImage({ imageId: image.id, isKey, caption: image.caption })).finally(() =>
                        setKeyOverride((current) => Object.fromEntries(Object.entries(current).filter(([id]) => id !== image.id))),
                      );
                    }}
                  />
                  Key image
                </label>
                {(keyOverride[image.id] ?? image.isKey) ? (
                  <form onSubmit={(event) => {
                    event.preventDefault();
                    const caption = String(new FormData(event.currentTarget).get("caption") ?? "");
                    void run(setKeyImage({ imageId: image.id, isKey: true, caption }), { texts: { caption }, retry: (answer) => setKeyImage({ imageId: image.id, isKey: true, caption, ...answer }) });
                  }}>
                    <input name="caption" defaultValue={image.caption} maxLength={300} placeholder="Caption" aria-label={`Caption of slice ${index + 1}`} className="field-input min-h-6 w-full px-1 py-0.5 text-xs" />
                    <button type="submit" className="btn-ghost min-h-6 px-1 py-0.5 text-xs">Save caption</button>
                  </form>
                ) : null}
                <button type="button" className="block underline" onClick={() => setBlackingOut(image.id)}>Black out text…</button>
                <button type="button" className="text-red-700 underline" onClick={() => void run(deleteImage({ imageId: image.id }))}>Delete</button>
              </li>
            ))}
          </ul>
          {one.images.filter((image) => image.id === blackingOut).map((image) => (
            <BlackOutEditor
              key={image.id} image={image} alt={imageAlt(one, one.images.indexOf(image))}
              seriesCount={one.images.filter((other) => other.width === image.width && other.height === image.height).length}
              onCancel={() => setBlackingOut(null)}
              onDone={() => { setBlackingOut(null); router.refresh(); }}
            />
          ))}
          {one.images.length > STRIP ? (
            <button type="button" className="btn-ghost px-2 py-1 text-xs" onClick={() => setExpanded((current) => ({ ...current, [one.id]: !current[one.id] }))}>
              {expanded[one.id] ? "Show fewer" : `Show all ${one.images.length}`}
            </button>
          ) : null}
        </div>
      ))}
    </section>
  );
}
