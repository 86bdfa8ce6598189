"use client";
import Link from "next/link";
import { DateTime } from "@/components/ui/date-time";
import { AddToCollection } from "@/components/collections/add-to-collection";
import type { CaseCardItem } from "@/lib/cases/queries";
import { imageUrl, type ImageRef } from "@/lib/imaging/view";
import type { Snippet } from "@/lib/search/snippet";
import { StatusBadge } from "./status-badge";

/** `keyImage`: the case's first key image (lib/imaging/queries firstKeyImages), shown as a thumbnail. */
export function CaseCard({ item, snippet = null, keyImage = null }: { item: CaseCardItem; snippet?: Snippet | null; keyImage?: (ImageRef & { alt: string }) | null }) {
  return (
    <li className="card flex gap-3 p-4 transition-shadow hover:shadow-md" data-testid="case-card">
      {keyImage ? (
        // eslint-disable-next-line @next/next/no-img-element -- authorized, private images: no optimizer
        <img src={imageUrl(keyImage, "thumb")} alt={keyImage.alt} className="size-20 shrink-0 rounded bg-black object-contain" loading="lazy" data-testid="case-card-image" />
      ) : null}
      <div className="min-w-0 flex-1">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="min-w-0 text-base font-semibold [overflow-wrap:anywhere]">
          <Link prefetch={false} href={`/cases/${item.id}`} className="text-slate-900 hover:text-brand-700 hover:underline">
            {item.title}
          </Link>
        </h3>
        <StatusBadge status={item.status} />
      </div>
      {item.teaser ? <p className="mt-1 text-sm text-slate-700">{item.teaser}</p> : null}
      {snippet ? (
        <p className="mt-1 text-sm text-slate-700" data-testid="snippet">
          {snippet.map((run, index) => (index % 2 === 1 ? <mark key={index} className="rounded bg-amber-100 px-0.5 text-slate-900">{run}</mark> : run))}
        </p>
      ) : null}
      {/* One line of facts rather than a <dl> of five groups: a card is rendered twice per library
          page view (the server components and the HTML), 20 times, so its element count is the
          page's cost. */}
      <p className="mt-3 text-sm text-slate-600">
        {[item.region, item.modalities.join(", "), item.span].filter(Boolean).join(" · ")}
        {" · "}
        {/* Issue 26 item 16: an imported case keeps its attribution. */}
        <span data-testid="case-card-author">{item.originalAuthorName ? `originally by ${item.originalAuthorName}, imported by ${item.authorName}` : `by ${item.authorName}`}</span>
        {item.createdAt ? <>{item.originalAuthorName ? " · imported " : " · posted "}<DateTime iso={item.createdAt} /></> : null}
      </p>
      {/* Issue 27 item 6: add from the library. Closed, it is one <summary>; the viewer's
          collections are read when it is opened. Not on a draft, as on the case page. */}
      {item.status !== "draft" ? <AddToCollection caseId={item.id} compact /> : null}
      </div>
    </li>
  );
}
