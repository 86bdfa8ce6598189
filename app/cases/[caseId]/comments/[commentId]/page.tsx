import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Discussion } from "@/components/discussion/discussion";
import { CaseLiveProvider } from "@/components/live/case-live";
import { requireViewer } from "@/lib/auth/session";
import { getCaseTitle } from "@/lib/cases/queries";
import { getDiscussion } from "@/lib/discussion/queries";

type Props = { params: Promise<{ caseId: string; commentId: string }> };

export const metadata: Metadata = { title: "Thread" };

/** "Continue this thread": a deep subtree on a page of its own. */
export default async function ThreadPage({ params }: Props) {
  const { caseId, commentId } = await params;
  const viewer = await requireViewer(`/cases/${caseId}/comments/${commentId}`);
  const [discussion, title] = await Promise.all([getDiscussion(viewer, caseId, { rootId: commentId }), getCaseTitle(viewer, caseId)]);
  const root = discussion?.comments[0];
  if (!discussion || !root || root.id !== commentId) notFound();
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">
        Thread in <Link href={`/cases/${caseId}`} className="text-brand-700 underline">{title}</Link>
      </h1>
      <CaseLiveProvider caseId={caseId} after={discussion.lastEventId}>
        <Discussion initial={discussion} root={{ id: root.id, path: root.path, depth: root.depth }} />
      </CaseLiveProvider>
    </div>
  );
}
