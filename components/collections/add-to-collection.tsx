"use client";
// "Add to collection" on a case page and on every library card: one of the viewer's collections,
// or a new one made with this case. The page sends only the closed disclosure: the viewer's
// collections are read when it is opened (a server action), so a library page of twenty cards costs
// twenty <summary> elements, not twenty lists of collections. Adding twice (a double click, two
// tabs) leaves one entry: the (collection, case) key makes the second add a no-op.
import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { useSubmissionKey } from "@/components/use-submission-key";
import { addToCollection, createCollection, myCollectionsForCase } from "@/lib/collections/actions";

type Choice = { id: string; title: string; hasCase: boolean };
type Status = { text: string; error?: boolean };

export function AddToCollection({ caseId, compact = false }: { caseId: string; compact?: boolean }) {
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  return (
    <details
      ref={details}
      className={compact ? undefined : "text-sm"}
      onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !details.current?.open) return;
        details.current.open = false;
        details.current.querySelector("summary")?.focus();
      }}
    >
      <summary className={compact ? "mt-2 w-fit cursor-pointer py-1 text-sm font-medium text-brand-700" : "btn-ghost cursor-pointer"}>Add to collection</summary>
      {open ? <Panel caseId={caseId} /> : null}
    </details>
  );
}

function Panel({ caseId }: { caseId: string }) {
  const ids = useId();
  const [collections, setCollections] = useState<Choice[] | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [pending, setPending] = useState(false);
  const [title, setTitle] = useState("");
  const key = useSubmissionKey();
  useEffect(() => {
    let current = true;
    void myCollectionsForCase({ caseId }).then((result) => {
      if (!current) return;
      if (result.ok) setCollections(result.data);
      else setStatus({ text: result.message, error: true });
    });
    return () => { current = false; };
  }, [caseId]);
  const choices = (collections ?? []).filter((collection) => !collection.hasCase);
  const holding = (collections ?? []).filter((collection) => collection.hasCase);

  async function add(form: FormData) {
    const collectionId = String(form.get("collectionId") ?? "");
    const chosen = choices.find((entry) => entry.id === collectionId);
    if (!chosen || pending) return;
    setPending(true);
    const result = await addToCollection({ collectionId, caseId });
    setPending(false);
    if (!result.ok) return setStatus({ text: result.message, error: true });
    setCollections((current) => (current ?? []).map((entry) => (entry.id === collectionId ? { ...entry, hasCase: true } : entry)));
    setStatus({ text: `Added to “${chosen.title}”.` });
  }

  async function create() {
    if (pending || !title.trim()) return;
    setPending(true);
    const content = { title: title.trim(), caseId };
    const clientKey = key.keyFor(content);
    const result = await createCollection({ ...content, clientKey });
    setPending(false);
    if (!result.ok) {
      // The de-identification guard questions the title: the full form shows its findings.
      return setStatus({
        text: result.code === "identifiers_found" ? "That title may hold an identifier: use the full form to check it." : result.message,
        error: true,
      });
    }
    key.done(clientKey);
    setCollections((current) => [{ id: result.data.collectionId, title: content.title, hasCase: true }, ...(current ?? [])]);
    setTitle("");
    setStatus({ text: `Added to the new collection “${content.title}”.` });
  }

  return (
    <div className="card mt-2 space-y-3 p-3 text-sm" data-testid="add-to-collection-panel">
      {collections === null && !status ? <p className="text-slate-600">Loading your collections…</p> : null}
      {choices.length ? (
        <form className="flex flex-wrap items-end gap-2" action={add}>
          <label className="min-w-0 flex-1 basis-40" htmlFor={`${ids}-choice`}>
            <span className="font-medium">Your collection</span>
            <select id={`${ids}-choice`} name="collectionId" className="field-input py-1 text-sm">
              {choices.map((collection) => <option key={collection.id} value={collection.id}>{collection.title}</option>)}
            </select>
          </label>
          <button type="submit" className="btn-secondary py-1" disabled={pending}>Add</button>
        </form>
      ) : null}
      {holding.length ? (
        <p className="text-slate-600">Already in {holding.map((entry) => `“${entry.title}”`).join(", ")}.</p>
      ) : null}
      {collections !== null ? (
        <form className="flex flex-wrap items-end gap-2" action={create}>
          <label className="min-w-0 flex-1 basis-40" htmlFor={`${ids}-new`}>
            <span className="font-medium">{choices.length || holding.length ? "Or a new collection" : "A new collection"}</span>
            <input id={`${ids}-new`} value={title} onChange={(event) => setTitle(event.target.value)} required maxLength={200} placeholder="Title" className="field-input py-1 text-sm" />
          </label>
          <button type="submit" className="btn-secondary py-1" disabled={pending}>Create and add</button>
        </form>
      ) : null}
      <p className="text-xs text-slate-600">
        New collections are private. <Link href={`/collections?case=${caseId}`} prefetch={false} className="text-brand-700 underline">Share or describe a new one</Link>
      </p>
      <p role="status" className={status?.error ? "text-red-700" : "text-slate-700"}>{status?.text ?? ""}</p>
    </div>
  );
}
