"use client";
// The owner's list: reorder by dragging or from the keyboard (Move up / Move down, or Alt+Arrow
// keys on a row), a note per case, remove; the new order is saved whole.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type KeyboardEvent } from "react";
import { findingsOf, IdentifierFindings } from "@/components/deidentify/identifier-findings";
import { useGuardedText } from "@/components/deidentify/use-identifier-check";
import { removeFromCollection, reorderCollection, setCollectionNote } from "@/lib/collections/actions";
import type { CollectionView } from "@/lib/collections/queries";

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
            className="card flex flex-wrap items-start gap-3 p-3 focus:outline focus:outline-2 focus:outline-brand-600"
            data-testid="collection-item"
          >
            <span aria-hidden className="cursor-grab select-none text-slate-400">⋮⋮</span>
            <div className="min-w-0 flex-1 space-y-1">
              <Link href={`/cases/${item.caseId}`} className="font-medium text-brand-700 hover:underline">{item.title}</Link>
              <span className="ml-2 text-sm text-slate-600">{item.region}</span>
              <NoteForm collectionId={collectionId} item={item} onStatus={setStatus} />
            </div>
            <div className="flex gap-1">
              <button type="button" className="btn-ghost px-2 text-sm" onClick={() => move(index, index - 1)} disabled={index === 0} aria-label={`Move ${item.title} up`}>↑</button>
              <button type="button" className="btn-ghost px-2 text-sm" onClick={() => move(index, index + 1)} disabled={index === items.length - 1} aria-label={`Move ${item.title} down`}>↓</button>
              <button
                type="button"
                className="btn-ghost px-2 text-sm text-red-700"
                onClick={async () => {
                  const result = await removeFromCollection({ collectionId, caseId: item.caseId });
                  if (result.ok) { setItems(items.filter((other) => other.caseId !== item.caseId)); router.refresh(); }
                  else setStatus(result.message);
                }}
              >
                Remove
              </button>
            </div>
          </li>
        ))}
      </ol>
      <p role="status" aria-live="polite" className="text-sm text-slate-600">{status}</p>
    </div>
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
      <div className="flex gap-2">
        <label className="sr-only" htmlFor={`note-${item.caseId}`}>Note for {item.title}</label>
        <input id={`note-${item.caseId}`} name="note" value={note} onChange={(event) => setNote(event.target.value)} maxLength={2000} placeholder="A note for this case" className="field-input flex-1 py-1 text-sm" />
        <button type="submit" className="btn-secondary py-1 text-sm">Save note</button>
      </div>
      <IdentifierFindings findings={guard.findings} texts={{ note }} label={() => "Note"} state={guard.state} refused={guard.refused} checking={guard.checking} />
    </form>
  );
}
