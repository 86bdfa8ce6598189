import Link from "next/link";
import { DateTime } from "@/components/ui/date-time";
import type { LibraryItem } from "@/lib/cases/queries";
import { imageUrl, type ImageRef } from "@/lib/imaging/view";
import type { SnippetSegment } from "@/lib/search/snippet";
import { StatusBadge } from "./status-badge";

/** `keyImage`: the case's first key image (lib/imaging/queries firstKeyImages), shown as a thumbnail. */
export function CaseCard({ item, snippet = null, keyImage = null }: { item: LibraryItem; snippet?: SnippetSegment[] | null; keyImage?: (ImageRef & { alt: string }) | null }) {
  return (
    <li className="card flex gap-3 p-4 transition-shadow hover:shadow-md" data-testid="case-card">
      {keyImage ? (
        // eslint-disable-next-line @next/next/no-img-element -- authorized, private images: no optimizer
        <img src={imageUrl(keyImage, "thumb")} alt={keyImage.alt} className="size-20 shrink-0 rounded bg-black object-contain" loading="lazy" data-testid="case-card-image" />
      ) : null}
      <div className="min-w-0 flex-1">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="min-w-0 text-base font-semibold [overflow-wrap:anywhere]">
          <Link href={`/cases/${item.id}`} className="text-slate-900 hover:text-brand-700 hover:underline">
            {item.title}
          </Link>
        </h3>
        <StatusBadge status={item.status} />
      </div>
      {item.teaser ? <p className="mt-1 text-sm text-slate-700">{item.teaser}</p> : null}
      {snippet ? (
        <p className="mt-1 text-sm text-slate-700" data-testid="snippet">
          {snippet.map((segment, index) => (segment.hit ? <mark key={index} className="rounded bg-amber-100 px-0.5 text-slate-900">{segment.text}</mark> : segment.text))}
        </p>
      ) : null}
      <dl className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600">
        <div>
          <dt className="sr-only">Region</dt>
          <dd>{item.region}</dd>
        </div>
        {item.modalities.length ? (
          <div>
            <dt className="sr-only">Modalities</dt>
            <dd>{item.modalities.join(", ")}</dd>
          </div>
        ) : null}
        <div>
          <dt className="sr-only">Imaging</dt>
          <dd>{item.span}</dd>
        </div>
        <div>
          <dt className="sr-only">Author</dt>
          {/* Issue 26 item 16: an imported case keeps its attribution. */}
          <dd data-testid="case-card-author">{item.originalAuthorName ? <>originally by {item.originalAuthorName}, imported by {item.authorName}</> : <>by {item.authorName}</>}</dd>
        </div>
        {item.createdAt ? (
          <div>
            <dt className="sr-only">{item.originalAuthorName ? "Imported" : "Posted"}</dt>
            <dd>{item.originalAuthorName ? "imported" : "posted"} <DateTime iso={item.createdAt} /></dd>
          </div>
        ) : null}
      </dl>
      </div>
    </li>
  );
}
