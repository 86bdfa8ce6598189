"use client";
// The owner's list: reorder by dragging or from the keyboard (Move up / Move down, or Alt+Arrow
// keys on a row), a note per case, remove; the new order is saved whole. Below it, cases are added
// by searching the library (the library's own search: only cases the owner may see).
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState, type KeyboardEvent } from "react";
import { findingsOf, IdentifierFindings } from "@/components/deidentify/identifier-findings";
import { useGuardedText } from "@/components/deidentify/use-identifier-check";
import { addToCollection, findCasesToAdd, removeFromCollection, reorderCollection, setCollectionNote, type CasePickerItem } from "@/lib/collections/actions";
import type { CollectionView } from "@/lib/collections/queries";
import { casesLabel } from "@/lib/collections/schema";

type Item = CollectionView["items"][number];

export function CollectionEditor({ collectionId, items: initial }: { collectionId: string; items: Item[] }) {
  const router = useRouter();
  const [items, setItems] = useState(initial);
  const [dragging, setDragging] = useState<number | null>(null);
  const [status, setStatus] = useState("");

  async function save(next: Item[], moved: Item, to: number) {
    const previous = items;
    setItems(next);
    const result = await reorderCollection({ collectionId, caseIds: next.map((item) => item.caseId) });
    if (!result.ok) {
      setItems(previous);
      setStatus(result.message);
      return;
    }
    setStatus(`${moved.title} moved to position ${to + 1} of ${next.length}.`);
  }

  function move(from: number, to: number) {
    if (to < 0 || to >= items.length || from === to) return;
    const next = [...items];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved!);
    void save(next, moved!, to);
  }

  function onKey(event: KeyboardEvent, index: number) {
    if (!event.altKey) return;
    if (event.key === "ArrowUp") { event.preventDefault(); move(index, index - 1); }
    if (event.key === "ArrowDown") { event.preventDefault(); move(index, index + 1); }
  }

  return (
    <div className="space-y-2">
      <p className="text-xs text-slate-600">Drag a case to reorder, or focus it and press Alt+↑ / Alt+↓.</p>
      <ol className="space-y-2" aria-label="Cases in this collection" data-testid="collection-items">
        {items.map((item, index) => (
          <li
            key={item.caseId}
            tabIndex={0}
            draggable
            onDragStart={() => setDragging(index)}
            onDragOver={(event) => event.preventDefault()}
            onDrop={() => { if (dragging !== null) move(dragging, index); setDragging(null); }}
            onKeyDown={(event) => onKey(event, index)}
            className="card space-y-2 p-3 focus:outline focus:outline-2 focus:outline-brand-600"
            data-testid="collection-item"
          >
            {/* The case and its buttons on one row; the note below at the row's full width (on a
                phone the buttons beside it left the note field 27 px wide). */}
            <div className="flex items-start gap-2">
              <span aria-hidden className="cursor-grab select-none pt-0.5 text-slate-400">⋮⋮</span>
              <div className="min-w-0 flex-1 [overflow-wrap:anywhere]">
                <Link href={`/cases/${item.caseId}`} className="font-medium text-brand-700 hover:underline">{item.title}</Link>
                <span className="ml-2 text-sm text-slate-600">{item.region}</span>
              </div>
              <div className="flex shrink-0 gap-1">
                <button type="button" className="btn-ghost px-2 text-sm" onClick={() => move(index, index - 1)} disabled={index === 0} aria-label={`Move ${item.title} up`}>↑</button>
                <button type="button" className="btn-ghost px-2 text-sm" onClick={() => move(index, index + 1)} disabled={index === items.length - 1} aria-label={`Move ${item.title} down`}>↓</button>
                <button
                  type="button"
                  className="btn-ghost px-2 text-sm text-red-700"
                  aria-label={`Remove ${item.title}`}
                  onClick={async () => {
                    const result = await removeFromCollection({ collectionId, caseId: item.caseId });
                    if (result.ok) { setItems((current) => current.filter((other) => other.caseId !== item.caseId)); router.refresh(); }
                    else setStatus(result.message);
                  }}
                >
                  Remove
                </button>
              </div>
            </div>
            <NoteForm collectionId={collectionId} item={item} onStatus={setStatus} />
          </li>
        ))}
      </ol>
      <p role="status" aria-live="polite" className="text-sm text-slate-600">{status}</p>
      <CasePicker
        collectionId={collectionId}
        onAdded={(found) => {
          setItems((current) => (current.some((item) => item.caseId === found.caseId) ? current : [...current, { caseId: found.caseId, title: found.title, region: found.region, status: found.status, note: "" }]));
          router.refresh();
        }}
      />
    </div>
  );
}

/** Adding from the library: the owner's words through the library's search, then Add on a result. */
function CasePicker({ collectionId, onAdded }: { collectionId: string; onAdded: (item: CasePickerItem) => void }) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<CasePickerItem[] | null>(null);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const [pending, setPending] = useState<string | null>(null);

  async function search() {
    setPending("search");
    const result = await findCasesToAdd({ collectionId, q: query });
    setPending(null);
    if (!result.ok) return setMessage({ text: result.message, error: true });
    setResults(result.data);
    setMessage({ text: result.data.length ? `${casesLabel(result.data.length)} found${query.trim() ? "" : ": the newest you may see"}.` : "No cases match. Try other words or a diagnosis's other name." });
  }

  async function add(found: CasePickerItem) {
    if (pending) return;
    setPending(found.caseId);
    const result = await addToCollection({ collectionId, caseId: found.caseId });
    setPending(null);
    if (!result.ok) return setMessage({ text: result.message, error: true });
    setResults((current) => (current ?? []).map((entry) => (entry.caseId === found.caseId ? { ...entry, inCollection: true } : entry)));
    setMessage({ text: `Added “${found.title}”.` });
    onAdded(found);
  }

  return (
    <section className="card space-y-3 p-4" aria-labelledby={`${id}-heading`} data-testid="case-picker">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">Add cases from the library</h2>
      <form className="flex flex-wrap items-end gap-2" action={search} role="search">
        <label className="min-w-0 flex-1 basis-48 text-sm" htmlFor={`${id}-q`}>
          <span className="font-medium">Search the library</span>
          <input id={`${id}-q`} type="search" value={query} onChange={(event) => setQuery(event.target.value)} maxLength={200} placeholder="Words, a diagnosis, a tag" className="field-input" />
        </label>
        <button type="submit" className="btn-secondary" disabled={pending === "search"}>Search</button>
      </form>
      <p role="status" className={`text-sm ${message?.error ? "text-red-700" : "text-slate-600"}`}>{message?.text ?? ""}</p>
      {results?.length ? (
        <ul className="divide-y divide-slate-200" aria-label="Library cases to add">
          {results.map((found) => (
            <li key={found.caseId} className="flex items-start gap-2 py-2 text-sm" data-testid="case-picker-result">
              <div className="min-w-0 flex-1 [overflow-wrap:anywhere]">
                <Link href={`/cases/${found.caseId}`} prefetch={false} className="font-medium text-brand-700 hover:underline">{found.title}</Link>
                <span className="ml-2 text-slate-600">{found.region}</span>
              </div>
              {found.inCollection ? (
                <span className="shrink-0 py-1 text-slate-600">In this collection</span>
              ) : (
                <button type="button" className="btn-secondary shrink-0 py-1" disabled={pending !== null} onClick={() => add(found)} aria-label={`Add ${found.title}`}>Add</button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** A case's note: checked by the de-identification guard as it is typed and on save (issue 25). */
function NoteForm({ collectionId, item, onStatus }: { collectionId: string; item: Item; onStatus: (status: string) => void }) {
  const [note, setNote] = useState(item.note);
  const guard = useGuardedText({ note });
  return (
    <form
      className="space-y-2"
      action={async () => {
        const result = await setCollectionNote({ collectionId, caseId: item.caseId, note, ...guard.state.confirmation });
        const found = findingsOf(result);
        if (found) {
          guard.onRefused(found);
          onStatus("Note not saved: check the highlighted details.");
          return;
        }
        onStatus(result.ok ? "Note saved." : result.message);
      }}
    >
      {/* Full width on a phone, the button under it; side by side from the small breakpoint. */}
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
        <label className="sr-only" htmlFor={`note-${item.caseId}`}>Note for {item.title}</label>
        <input id={`note-${item.caseId}`} name="note" value={note} onChange={(event) => setNote(event.target.value)} maxLength={2000} placeholder="A note for this case" className="field-input mt-0 w-full min-w-0 py-1 text-sm sm:flex-1" />
        <button type="submit" className="btn-secondary self-start py-1 text-sm sm:mt-1">Save note</button>
      </div>
      <IdentifierFindings findings={guard.findings} texts={{ note }} label={() => "Note"} state={guard.state} refused={guard.refused} checking={guard.checking} />
    </form>
  );
}
