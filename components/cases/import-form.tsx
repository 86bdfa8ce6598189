"use client";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { FormAlert } from "@/components/ui/field";
import { useSubmissionKey } from "@/components/use-submission-key";
import type { CaseIdentifierFinding } from "@/lib/cases/identifiers";
import type { ActionResult } from "@/lib/core/result";

type ImportResult = ActionResult<{ caseId: string }, CaseIdentifierFinding[]>;

/** The largest archive the import route takes (lib/archive/format.ts). */
const ARCHIVE_LIMIT_MB = 600;

/**
 * Posts the file to the import route (a file, not a form: server actions cap bodies at 1 MB of
 * text): the case file's JSON text, or a case archive with its images (.zip) as it is.
 */
async function postCaseFile(body: string | File, confirmIdentifiers: boolean, idempotencyKey: string): Promise<ImportResult> {
  try {
    const response = await fetch(`/api/cases/import${confirmIdentifiers ? "?confirmIdentifiers=1" : ""}`, {
      method: "POST",
      // One case per submission, however often it is sent (decision 032).
      headers: { "content-type": typeof body === "string" ? "application/json" : "application/zip", "idempotency-key": idempotencyKey },
      body,
    });
    return (await response.json()) as ImportResult;
  } catch {
    return { ok: false, code: "unexpected", message: "The file could not be sent. Check your connection and try again; nothing was imported." };
  }
}

export function ImportForm() {
  const router = useRouter();
  const id = useId();
  const [text, setText] = useState("");
  const [archive, setArchive] = useState<File | null>(null);
  const submission = useSubmissionKey();
  const [fileName, setFileName] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [findings, setFindings] = useState<CaseIdentifierFinding[]>([]);
  const [confirmed, setConfirmed] = useState(false);
  const [pending, setPending] = useState(false);

  async function onFile(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setMessage(null);
    setProblems([]);
    setFindings([]);
    setArchive(null);
    if (!file) return;
    if (file.name.toLowerCase().endsWith(".zip") || file.type === "application/zip") {
      if (file.size > ARCHIVE_LIMIT_MB * 1024 * 1024) {
        setMessage(`That archive is too large: ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is ${ARCHIVE_LIMIT_MB} MB.`);
        return;
      }
      setFileName(file.name);
      setArchive(file);
      setText("");
      return;
    }
    if (file.size > 2 * 1024 * 1024) {
      setMessage(`That file is too large: ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 2.0 MB. A case file is much smaller: check you chose the right file.`);
      return;
    }
    setFileName(file.name);
    setText(await file.text());
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!archive && !text.trim()) {
      setMessage("Choose a case file, or paste its JSON.");
      return;
    }
    setPending(true);
    const clientKey = submission.keyFor(archive ? `${archive.name}:${archive.size}:${archive.lastModified}` : text);
    const result = await postCaseFile(archive ?? text, findings.length > 0 && confirmed, clientKey);
    setPending(false);
    if (result.ok) {
      submission.done(clientKey);
      router.push(`/cases/${result.data.caseId}`);
      return;
    }
    setMessage(result.message);
    setProblems(Object.entries(result.fieldErrors ?? {}).map(([path, messages]) => `${path}: ${messages.join(" ")}`));
    setFindings(result.code === "identifiers_found" ? ((result.details as CaseIdentifierFinding[]) ?? []) : []);
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {message ? (
        <FormAlert tone={findings.length ? "warning" : "error"}>
          <p>{message}</p>
          {problems.length ? (
            <ul className="mt-2 list-disc space-y-1 pl-5" data-testid="import-problems">
              {problems.map((problem) => <li key={problem}><code className="text-xs">{problem}</code></li>)}
            </ul>
          ) : null}
          {findings.length ? (
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {findings.map((finding, index) => (
                <li key={index}>{finding.field}: “{finding.text}” ({finding.message})</li>
              ))}
            </ul>
          ) : null}
        </FormAlert>
      ) : null}
      <div>
        <label htmlFor={`${id}-file`} className="field-label">Case file (.json), or a case with its images (.zip)</label>
        <input id={`${id}-file`} type="file" accept="application/json,.json,application/zip,.zip" onChange={onFile} className="mt-1 block w-full max-w-full text-sm" />
        {fileName ? <p className="mt-1 text-xs text-slate-500">Loaded {fileName}</p> : null}
      </div>
      <div>
        <label htmlFor={`${id}-text`} className="field-label">Or paste the JSON</label>
        <textarea id={`${id}-text`} rows={10} className="field-input font-mono text-xs" value={text} onChange={(e) => { setText(e.target.value); setArchive(null); }} />
      </div>
      {findings.length ? (
        <label className="flex items-start gap-2 text-sm font-medium">
          <input type="checkbox" className="mt-0.5 size-4" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
          I have checked these: they do not identify the patient, import anyway.
        </label>
      ) : null}
      <button type="submit" className="btn-primary" disabled={pending}>{pending ? "Importing…" : "Import case"}</button>
    </form>
  );
}
