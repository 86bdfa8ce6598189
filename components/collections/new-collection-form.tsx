"use client";
// A new collection: title, who may open it, and (from a case page) the first case.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { findingsOf, IdentifierFindings } from "@/components/deidentify/identifier-findings";
import { useGuardedText } from "@/components/deidentify/use-identifier-check";
import { useSubmissionKey } from "@/components/use-submission-key";
import { createCollection } from "@/lib/collections/actions";
import { COLLECTION_VISIBILITIES, COLLECTION_VISIBILITY_LABELS } from "@/lib/collections/schema";

export function NewCollectionForm({ teams, caseId }: { teams: Array<{ id: string; name: string }>; caseId?: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [visibility, setVisibility] = useState<(typeof COLLECTION_VISIBILITIES)[number]>("private");
  const key = useSubmissionKey();
  const [title, setTitle] = useState("");
  // Shown beside the cases to everyone the collection is shared with: checked like case text (issue 25).
  const guard = useGuardedText({ title });
  return (
    <form
      className="card space-y-3 p-4"
      data-testid="new-collection"
      action={async (form) => {
        setError(null);
        const content = { title, visibility, teamId: (form.get("teamId") as string | null) || null, caseId };
        const clientKey = key.keyFor(content);
        const result = await createCollection({ ...content, clientKey, ...guard.state.confirmation });
        const found = findingsOf(result);
        if (found) return guard.onRefused(found);
        if (!result.ok) return setError(result.message);
        key.done(clientKey);
        router.push(`/collections/${result.data.collectionId}`);
      }}
    >
      <label className="block text-sm">
        <span className="font-medium">Title</span>
        <input name="title" required maxLength={200} className="field-input mt-1 w-full" value={title} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <label className="block text-sm">
        <span className="font-medium">Who may open it</span>
        <select name="visibility" value={visibility} onChange={(event) => setVisibility(event.target.value as typeof visibility)} className="field-input mt-1 w-full">
          {COLLECTION_VISIBILITIES.map((value) => <option key={value} value={value} disabled={value === "team" && !teams.length}>{COLLECTION_VISIBILITY_LABELS[value]}</option>)}
        </select>
      </label>
      {visibility === "team" ? (
        <label className="block text-sm">
          <span className="font-medium">Team</span>
          <select name="teamId" className="field-input mt-1 w-full">{teams.map((team) => <option key={team.id} value={team.id}>{team.name}</option>)}</select>
        </label>
      ) : null}
      <p className="text-xs text-slate-600">Everyone sees only the cases they may already see; an unknown case stays unknown.</p>
      <IdentifierFindings findings={guard.findings} texts={{ title }} label={() => "Title"} state={guard.state} refused={guard.refused} checking={guard.checking} />
      {error ? <p role="alert" className="text-sm text-red-700">{error}</p> : null}
      <button type="submit" className="btn-primary">{caseId ? "Create with this case" : "Create collection"}</button>
    </form>
  );
}
