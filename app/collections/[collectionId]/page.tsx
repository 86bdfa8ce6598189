import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CollectionEditor } from "@/components/collections/collection-editor";
import { ShareLink } from "@/components/collections/share-link";
import { requireViewer } from "@/lib/auth/session";
import { getCollection } from "@/lib/collections/queries";
import { casesLabel, COLLECTION_VISIBILITY_LABELS } from "@/lib/collections/schema";
import { StartConference } from "@/components/collections/start-conference";
import { getSchedulingOptions } from "@/lib/conferences/queries";

type Props = { params: Promise<{ collectionId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Collection" };

export default async function CollectionPage({ params, searchParams }: Props) {
  const { collectionId } = await params;
  const { key: rawKey } = await searchParams;
  const key = typeof rawKey === "string" ? rawKey.slice(0, 100) : null;
  const viewer = await requireViewer(`/collections/${collectionId}${key ? `?key=${encodeURIComponent(key)}` : ""}`);
  const collection = await getCollection(viewer, collectionId, key);
  if (!collection) notFound();
  // Teams where the viewer runs teaching conferences (read only for a team's lead: issue 27 item 6).
  const teachingTeams = collection.items.length && viewer.leadTeamIds?.length
    ? (await getSchedulingOptions(viewer)).filter((team) => team.kinds.includes("teaching")).map(({ id, name }) => ({ id, name }))
    : [];
  const quizHref = `/collections/${collection.id}/quiz?i=0${key ? `&key=${encodeURIComponent(key)}` : ""}`;
  return (
    <div className="mx-auto max-w-4xl space-y-5">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold" data-testid="collection-title">{collection.title}</h1>
          <p className="text-sm text-slate-600">
            by {collection.ownerName} · {collection.teamName ?? COLLECTION_VISIBILITY_LABELS[collection.visibility as keyof typeof COLLECTION_VISIBILITY_LABELS]} · <span data-testid="collection-count">{casesLabel(collection.items.length)}</span>
          </p>
          {collection.description ? <p className="mt-1 text-slate-700">{collection.description}</p> : null}
        </div>
        {collection.items.length ? <Link href={quizHref} className="btn-primary">Play as a quiz</Link> : null}
      </header>
      {teachingTeams.length ? <StartConference collectionId={collection.id} collectionTitle={collection.title} shareKey={key} teams={teachingTeams} /> : null}
      {collection.canEdit ? (
        <>
          <CollectionEditor collectionId={collection.id} items={collection.items} />
          <ShareLink collectionId={collection.id} shareKey={collection.shareKey} />
        </>
      ) : (
        <ol className="space-y-2" aria-label="Cases in this collection">
          {collection.items.map((item) => (
            <li key={item.caseId} className="card p-3">
              <Link href={`/cases/${item.caseId}`} className="font-medium text-brand-700 hover:underline">{item.title}</Link>
              <span className="ml-2 text-sm text-slate-600">{item.region}</span>
              {item.note ? <p className="mt-1 text-sm text-slate-700">{item.note}</p> : null}
            </li>
          ))}
        </ol>
      )}
      {!collection.items.length ? (
        <p className="text-sm text-slate-600">
          {collection.canEdit ? "No cases yet. Search the library above, or use “Add to collection” on a library card or a case page." : "No cases you can see yet."}
        </p>
      ) : null}
    </div>
  );
}
