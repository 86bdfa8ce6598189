"use client";
// Markdown composer: write / preview (through the server's sanitizing pipeline) and an
// @mention typeahead limited to people who may see the case.
import dynamic from "next/dynamic";
import { useEffect, useId, useRef, useState } from "react";
import { maskSliceTokens, sliceToken, type DraftAnchor } from "@/lib/discussion/anchor";
import { previewComment } from "@/lib/discussion/actions";
import { useSubmissionKey } from "@/components/use-submission-key";
import { IdentifierFindings } from "@/components/deidentify/identifier-findings";
import { useGuardedText, type FieldFinding } from "@/components/deidentify/use-identifier-check";
import type { IdentifierConfirmation } from "@/lib/deidentify/reasons";
import { maskMentions } from "@/lib/deidentify/mask";

const AnchorChip = dynamic(() => import("./anchor-chip"), { ssr: false });

interface Candidate {
  id: string;
  name: string;
  role: string;
}

export interface ComposerProps {
  caseId: string;
  initialBody?: string;
  submitLabel: string;
  placeholder?: string;
  autoFocus?: boolean;
  studies?: Array<{ id: string; label: string }>;
  initialStudyId?: string | null;
  /** A slice handed over by the viewer's "Comment on this slice" (a new `nonce` each time). */
  anchorRequest?: { anchor: DraftAnchor; nonce: number } | null;
  /** `clientKey` is the same for every call made for one submission (a double click, a retry): decision 032. */
  /** `confirmation`: the author's answer to the de-identification guard; `findings` come back when a save is refused for them. */
  onSubmit: (body: string, studyId: string | null, clientKey: string, confirmation: IdentifierConfirmation, anchor: DraftAnchor | null) => Promise<{ ok: boolean; message?: string; notice?: string; findings?: FieldFinding[] }>;
  onCancel?: () => void;
}

export function Composer({ caseId, initialBody = "", submitLabel, placeholder, autoFocus, studies, initialStudyId = null, anchorRequest = null, onSubmit, onCancel }: ComposerProps) {
  const id = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [body, setBody] = useState(initialBody);
  const [studyId, setStudyId] = useState<string | null>(initialStudyId);
  const [tab, setTab] = useState<"write" | "preview">("write");
  const [preview, setPreview] = useState<string>("");
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [mention, setMention] = useState<{ start: number; query: string } | null>(null);
  const [candidates, setCandidates] = useState<Candidate[]>([]);
  const [active, setActive] = useState(0);
  const submission = useSubmissionKey();
  const guard = useGuardedText({ body: maskSliceTokens(maskMentions(body)) });
  const [anchor, setAnchor] = useState<DraftAnchor | null>(null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!anchorRequest) return;
    setAnchor(anchorRequest.anchor);
    setTab("write");
    form.current?.scrollIntoView({ block: "center" });
    requestAnimationFrame(() => textarea.current?.focus());
  }, [anchorRequest]);

  function insertSliceLink() {
    if (!anchor) return;
    const at = textarea.current?.selectionStart ?? body.length;
    const token = sliceToken(anchor.seriesId, anchor.slice);
    const spaced = `${at > 0 && !/\s$/.test(body.slice(0, at)) ? " " : ""}${token} `;
    setBody(body.slice(0, at) + spaced + body.slice(at));
    requestAnimationFrame(() => {
      textarea.current?.focus();
      textarea.current?.setSelectionRange(at + spaced.length, at + spaced.length);
    });
  }

  useEffect(() => {
    if (autoFocus) textarea.current?.focus();
  }, [autoFocus]);

  useEffect(() => {
    if (!mention) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/cases/${encodeURIComponent(caseId)}/mentions?q=${encodeURIComponent(mention.query)}`, { signal: controller.signal });
        if (response.ok) {
          setCandidates((await response.json()) as Candidate[]);
          setActive(0);
        }
      } catch {
        // aborted by the next keystroke
      }
    }, 120);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [caseId, mention]);

  function detectMention(value: string, caret: number) {
    const before = value.slice(0, caret);
    const match = /(^|\s)@([\p{L}\p{N} .'-]{0,30})$/u.exec(before);
    if (match && !match[2]!.includes("  ")) setMention({ start: caret - match[2]!.length - 1, query: match[2]! });
    else setMention(null);
  }

  function choose(candidate: Candidate) {
    if (!mention || !textarea.current) return;
    const caret = textarea.current.selectionStart;
    const token = `@[${candidate.name}](user:${candidate.id}) `;
    const next = body.slice(0, mention.start) + token + body.slice(caret);
    setBody(next);
    setMention(null);
    setCandidates([]);
    requestAnimationFrame(() => {
      const position = mention.start + token.length;
      textarea.current?.focus();
      textarea.current?.setSelectionRange(position, position);
    });
  }

  async function showPreview() {
    setTab("preview");
    const result = await previewComment({ body });
    setPreview(result.ok ? result.data.html : `<p>${result.message}</p>`);
  }

  async function submit(event?: React.FormEvent) {
    event?.preventDefault();
    setError(null);
    setNotice(null);
    if (!body.trim()) {
      setError("Write something first: the comment is empty.");
      return;
    }
    setPending(true);
    try {
      const submitted = body;
      const clientKey = submission.keyFor({ body: submitted, studyId, anchor });
      const result = await onSubmit(submitted, anchor ? null : studyId, clientKey, guard.state.confirmation, anchor);
      if (result.findings) {
        guard.onRefused(result.findings);
      } else if (result.ok) {
        submission.done(clientKey);
        guard.clear();
        // The live stream can show the comment before the post returns; whatever was typed since stays.
        setBody((current) => (current === submitted ? "" : current));
        setAnchor(null);
        setTab("write");
        if (result.notice) setNotice(result.notice);
      } else {
        setError(result.message ?? "The comment was not saved.");
      }
    } catch {
      setError("Rounds could not be reached. Your text is still here: try again.");
    } finally {
      setPending(false);
    }
  }

  const listboxOpen = mention !== null && candidates.length > 0 && tab === "write";

  return (
    <form ref={form} onSubmit={submit} className="scroll-mt-24 space-y-2" data-testid="composer">
      {anchor ? <AnchorChip anchor={anchor} onInsertLink={insertSliceLink} onRemove={() => { setAnchor(null); textarea.current?.focus(); }} /> : null}
      <div className="flex gap-1 text-sm" role="tablist" aria-label="Editor mode">
        <button type="button" role="tab" aria-selected={tab === "write"} className={`rounded px-3 py-1 ${tab === "write" ? "bg-slate-200 font-medium" : "hover:bg-slate-100"}`} onClick={() => setTab("write")}>
          Write
        </button>
        <button type="button" role="tab" aria-selected={tab === "preview"} className={`rounded px-3 py-1 ${tab === "preview" ? "bg-slate-200 font-medium" : "hover:bg-slate-100"}`} onClick={() => void showPreview()}>
          Preview
        </button>
      </div>
      {tab === "write" ? (
        <div className="relative">
          <label htmlFor={`${id}-body`} className="sr-only">Comment (Markdown)</label>
          <textarea
            id={`${id}-body`}
            ref={textarea}
            rows={4}
            className="field-input mt-0"
            placeholder={placeholder ?? "Write a comment. Markdown works; type @ to mention a colleague."}
            value={body}
            role="combobox"
            aria-expanded={listboxOpen}
            aria-controls={`${id}-mentions`}
            aria-autocomplete="list"
            aria-activedescendant={listboxOpen ? `${id}-mention-${active}` : undefined}
            onChange={(event) => {
              setBody(event.target.value);
              detectMention(event.target.value, event.target.selectionStart);
            }}
            onKeyDown={(event) => {
              if (listboxOpen) {
                if (event.key === "ArrowDown") { event.preventDefault(); setActive((active + 1) % candidates.length); return; }
                if (event.key === "ArrowUp") { event.preventDefault(); setActive((active - 1 + candidates.length) % candidates.length); return; }
                if (event.key === "Enter" || event.key === "Tab") { event.preventDefault(); choose(candidates[active]!); return; }
                if (event.key === "Escape") { event.preventDefault(); setMention(null); return; }
              }
              if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) void submit();
            }}
          />
          {listboxOpen ? (
            <ul id={`${id}-mentions`} role="listbox" aria-label="People who can see this case" className="absolute z-20 mt-1 w-72 overflow-hidden rounded-md border border-slate-200 bg-white shadow-lg">
              {candidates.map((candidate, index) => (
                <li
                  key={candidate.id}
                  id={`${id}-mention-${index}`}
                  role="option"
                  aria-selected={index === active}
                  className={`cursor-pointer px-3 py-2 text-sm ${index === active ? "bg-brand-50 text-brand-800" : ""}`}
                  onMouseDown={(event) => { event.preventDefault(); choose(candidate); }}
                >
                  {candidate.name} <span className="text-xs text-slate-600">{candidate.role}</span>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : (
        <div className="prose-comment min-h-24 rounded-md border border-slate-200 bg-white p-3 text-sm" data-testid="preview" dangerouslySetInnerHTML={{ __html: preview || "<p>Nothing to preview.</p>" }} />
      )}
      <IdentifierFindings findings={guard.findings} texts={{ body }} label={() => "Comment"} state={guard.state} refused={guard.refused} checking={guard.checking} />
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      {notice ? <p className="text-sm text-amber-800" role="status">{notice}</p> : null}
      <div className="flex flex-wrap items-center gap-2">
        {/* aria-disabled while pending, not disabled: a disabled button drops the keyboard focus (issue 29). A
            repeat while pending posts again with the same submission key and stores once (decision 032). */}
        <button type="submit" className="btn-primary py-1.5" aria-disabled={pending}>{pending ? "Posting…" : submitLabel}</button>
        {studies && studies.length && !anchor ? (
          <label className="flex items-center gap-1 text-sm text-slate-600">
            About
            <select className="rounded border border-slate-300 bg-white px-2 py-1 text-sm" value={studyId ?? ""} onChange={(e) => setStudyId(e.target.value || null)}>
              <option value="">the whole case</option>
              {studies.map((study) => <option key={study.id} value={study.id}>{study.label}</option>)}
            </select>
          </label>
        ) : null}
        {onCancel ? <button type="button" className="btn-ghost py-1.5" onClick={onCancel}>Cancel</button> : null}
        <span className="ml-auto hidden text-xs text-slate-500 sm:inline">Markdown · Ctrl+Enter to post</span>
      </div>
    </form>
  );
}
