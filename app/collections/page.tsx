import type { Metadata } from "next";
import Link from "next/link";
import { NewCollectionForm } from "@/components/collections/new-collection-form";
import { requireViewer } from "@/lib/auth/session";
import { listCollections, teamsForSharing } from "@/lib/collections/queries";
import { COLLECTION_VISIBILITY_LABELS } from "@/lib/collections/schema";

export const metadata: Metadata = { title: "Collections" };

export default async function CollectionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { case: caseParam } = await searchParams;
  const caseId = typeof caseParam === "string" && /^[A-Za-z0-9_-]{1,40}$/.test(caseParam) ? caseParam : undefined;
  const viewer = await requireViewer("/collections");
  const [collections, teams] = await Promise.all([listCollections(viewer), teamsForSharing(viewer)]);
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">Collections</h1>
        <p className="text-slate-600">Ordered sets of cases with notes: yours, your teams&apos; and public ones. Any collection can be played as a quiz.</p>
        {collections.length ? (
          <ul className="space-y-2" aria-label="Collections">
            {collections.map((collection) => (
              <li key={collection.id} className="card p-3">
                <Link href={`/collections/${collection.id}`} className="font-medium text-brand-700 hover:underline">{collection.title}</Link>
                <p className="text-sm text-slate-600">
                  {collection.mine ? "Yours" : `by ${collection.ownerName}`} · {collection.teamName ?? COLLECTION_VISIBILITY_LABELS[collection.visibility as keyof typeof COLLECTION_VISIBILITY_LABELS]}
                </p>
              </li>
            ))}
          </ul>
        ) : <p className="card p-4 text-sm text-slate-600">No collections yet. Make one, then add cases from the library or a case page (“Add to collection”).</p>}
      </div>
      <div className="space-y-2">
        <h2 className="text-lg font-semibold">{caseId ? "New collection with this case" : "New collection"}</h2>
        <NewCollectionForm teams={teams} caseId={caseId} />
      </div>
    </div>
  );
}
