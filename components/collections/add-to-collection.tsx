"use client";
// "Add to collection" on a case page: one of the viewer's collections, or a new one with this case.
import Link from "next/link";
import { useState } from "react";
import { addToCollection, myCollectionsForCase } from "@/lib/collections/actions";

export function AddToCollection({ caseId }: { caseId: string }) {
  const [status, setStatus] = useState<string | null>(null);
  const [collections, setCollections] = useState<Array<{ id: string; title: string; hasCase: boolean }> | null>(null);
  const choices = (collections ?? []).filter((collection) => !collection.hasCase);
  return (
    <details
      className="text-sm"
      data-testid="add-to-collection"
      onToggle={async (event) => {
        if (!(event.currentTarget as HTMLDetailsElement).open || collections) return;
        const result = await myCollectionsForCase({ caseId });
        if (result.ok) setCollections(result.data);
        else setStatus(result.message);
      }}
    >
      <summary className="btn-ghost cursor-pointer">Add to collection</summary>
      <div className="card mt-2 space-y-2 p-3">
        {choices.length ? (
          <form
            className="flex gap-2"
            action={async (form) => {
              const collectionId = String(form.get("collectionId") ?? "");
              const result = await addToCollection({ collectionId, caseId });
              setStatus(result.ok ? `Added to “${choices.find((entry) => entry.id === collectionId)?.title}”.` : result.message);
              if (result.ok) setCollections((collections ?? []).map((entry) => (entry.id === collectionId ? { ...entry, hasCase: true } : entry)));
            }}
          >
            <label className="sr-only" htmlFor="collection-choice">Collection</label>
            <select id="collection-choice" name="collectionId" className="field-input py-1 text-sm">
              {choices.map((collection) => <option key={collection.id} value={collection.id}>{collection.title}</option>)}
            </select>
            <button type="submit" className="btn-secondary py-1">Add</button>
          </form>
        ) : null}
        <Link href={`/collections?case=${caseId}`} className="text-brand-700 underline">New collection with this case</Link>
        {status ? <p role="status">{status}</p> : null}
      </div>
    </details>
  );
}
