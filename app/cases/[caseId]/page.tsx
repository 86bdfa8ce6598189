import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { CaseSummary } from "@/components/cases/case-summary";
import { AddToCollection } from "@/components/collections/add-to-collection";
import { Discussion } from "@/components/discussion/discussion";
import { CaseLiveProvider } from "@/components/live/case-live";
import { CaseThinking } from "@/components/thinking/case-thinking";
import { auditAccess } from "@/lib/audit/access";
import { getViewer } from "@/lib/auth/session";
import { caseSummaryView } from "@/lib/cases/queries";
import { casePageTitle, loadCasePage, loadPublicCasePage } from "@/lib/pages/case-page";
import { CaseConferences } from "@/components/conferences/case-conferences";
import { RevealConsents } from "@/components/conferences/reveal-consent";
import { getRevealConsents } from "@/lib/conferences/consent";
import { TeachingCopyButton } from "@/components/teaching/teaching-copy";

type Props = { params: Promise<{ caseId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { caseId } = await params;
  const viewer = await getViewer();
  return { title: (viewer ? await casePageTitle(viewer, caseId) : (await loadPublicCasePage(caseId))?.kase.title) ?? "Case not found" };
}

export default async function CasePage({ params, searchParams }: Props) {
  const { caseId } = await params;
  const { study } = await searchParams;
  const viewer = await getViewer();
  if (!viewer) {
    // Public teaching cases can be read without an account; everything else asks to sign in.
    const publicCase = await loadPublicCasePage(caseId);
    if (!publicCase) redirect(`/signin?callbackUrl=${encodeURIComponent(`/cases/${caseId}`)}`);
    return (
      <article className="space-y-8">
        <CaseSummary kase={caseSummaryView(publicCase.kase)} commentCounts={{}} images={publicCase.images} />
        <p className="card p-4 text-sm text-slate-600">
          <Link href={`/signin?callbackUrl=${encodeURIComponent(`/cases/${caseId}`)}`} className="font-medium text-brand-700 underline">Sign in</Link> to join the discussion, post a differential or vote.
        </p>
      </article>
    );
  }
  const studyParam = typeof study === "string" ? study.slice(0, 40) : null;
  const { kase, discussion, thinking, conferences, images, teaching } = await loadCasePage(viewer, caseId, { studyId: studyParam });
  if (!kase || !discussion || !thinking) notFound();
  await auditAccess(viewer, "case.view", kase.id, kase.access);
  const commentCounts = Object.fromEntries(discussion.studies.map((entry) => [entry.id, entry.commentCount]));
  const studyFilter = studyParam && commentCounts[studyParam] !== undefined ? studyParam : null;

  return (
    <article className="space-y-8">
      <CaseSummary kase={caseSummaryView(kase)} commentCounts={commentCounts} images={images} />
      <CaseConferences conferences={conferences} />
      {teaching.source ? (
        <p className="card p-4 text-sm" data-testid="teaching-source">
          Teaching copy of your team&apos;s MDT case <Link href={`/cases/${teaching.source.id}`} className="font-medium text-brand-700 underline">{teaching.source.title}</Link>
          <span className="text-slate-600"> (only your team sees this link)</span>
        </p>
      ) : null}
      {teaching.canCopy ? <TeachingCopyButton caseId={kase.id} /> : null}
      {kase.status !== "draft" ? <AddToCollection caseId={kase.id} /> : null}
      {kase.isAuthor ? <RevealConsents items={await getRevealConsents(viewer, { id: kase.id, authorId: viewer.id })} /> : null}
      <CaseLiveProvider caseId={kase.id} after={discussion.lastEventId}>
        {kase.status !== "draft" ? <CaseThinking initial={thinking} studies={discussion.studies} /> : null}
        <Discussion key={studyFilter ?? "all"} initial={discussion} initialStudyFilter={studyFilter} />
      </CaseLiveProvider>
    </article>
  );
}
