import { DateTime } from "@/components/ui/date-time";
import Link from "next/link";
import { CaseCard } from "@/components/cases/case-card";
import { StatusBadge } from "@/components/cases/status-badge";
import { getViewer } from "@/lib/auth/session";
import { getDashboard } from "@/lib/pages/dashboard";
import { CONFERENCE_KIND_LABELS } from "@/lib/conferences/constants";
import { toCardItem } from "@/lib/cases/queries";
import { firstKeyImages } from "@/lib/imaging/queries";
import { ReviewQueue } from "@/components/learning/review-queue";

const ACTIVITY_LABELS: Record<string, string> = {
  case_created: "posted",
  case_updated: "updated",
  case_revealed: "revealed the answer of",
  comment_posted: "commented on",
  differential_posted: "posted a differential on",
  vote_cast: "voted on",
  poll_opened: "opened the vote on",
  poll_closed: "closed the vote on",
};

export default async function HomePage() {
  const viewer = await getViewer();
  if (!viewer) return <Landing />;
  const dashboard = await getDashboard(viewer);
  const keyImages = await firstKeyImages(dashboard.awaitingAnswer.map((item) => item.id));
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Welcome back, {viewer.name.split(" ")[0] === "Dr" ? viewer.name : viewer.name.split(" ")[0]}</h1>
          <p className="text-slate-600">Cases waiting for you, your own work, and what changed on the cases you follow.</p>
        </div>
        <Link href="/cases/new" className="btn-primary">New case</Link>
      </div>

      <section aria-labelledby="awaiting">
        <h2 id="awaiting" className="mb-3 text-lg font-semibold">Unknown cases awaiting your answer</h2>
        {dashboard.awaitingAnswer.length ? (
          <ul className="grid gap-3 md:grid-cols-2">
            {dashboard.awaitingAnswer.map((item) => (
              <CaseCard key={item.id} item={toCardItem(item)} keyImage={keyImages[item.id]} />
            ))}
          </ul>
        ) : (
          <p className="card p-4 text-sm text-slate-600">No unknown cases are waiting for you. New ones appear here when colleagues post them.</p>
        )}
      </section>

      {/* Always mounted: a card graded here stays on screen after the refresh drops it (review-queue.tsx). */}
      <ReviewQueue cards={dashboard.review.cards} dueCount={dashboard.review.dueCount} />

      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="mine">
          <h2 id="mine" className="mb-3 text-lg font-semibold">Your recent cases and drafts</h2>
          {dashboard.myCases.length ? (
            <ul className="card divide-y divide-slate-100">
              {dashboard.myCases.map((kase) => (
                <li key={kase.id} className="flex items-center justify-between gap-3 px-4 py-3">
                  <Link href={`/cases/${kase.id}`} className="font-medium hover:underline">{kase.title}</Link>
                  <StatusBadge status={kase.status} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="card p-4 text-sm text-slate-600">
              You have not written a case yet. <Link className="text-brand-700 underline" href="/cases/new">Start one</Link>: drafts stay private until you publish them.
            </p>
          )}
        </section>

        <section aria-labelledby="activity">
          <h2 id="activity" className="mb-3 text-lg font-semibold">Recent activity</h2>
          {dashboard.activity.length ? (
            <ul className="card divide-y divide-slate-100 text-sm">
              {dashboard.activity.map((entry) => (
                <li key={entry.id} className="px-4 py-3">
                  <span className="font-medium">{entry.actorName ?? "A colleague"}</span> {ACTIVITY_LABELS[entry.kind] ?? entry.kind.replaceAll("_", " ")}{" "}
                  <Link href={`/cases/${entry.caseId}`} className="text-brand-700 underline underline-offset-2">{entry.caseTitle}</Link>{" "}
                  <span className="text-slate-500"><DateTime iso={entry.at} style="short-date" /></span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="card p-4 text-sm text-slate-600">Nothing yet. Comments, differentials, votes and reveals on your cases, your teams&apos; cases and the cases you take part in show here.</p>
          )}
          {dashboard.upcoming.length ? (
            <>
              <h2 id="upcoming" className="mt-6 mb-3 text-lg font-semibold">Upcoming conferences</h2>
              <ul className="card divide-y divide-slate-100 text-sm" aria-labelledby="upcoming" data-testid="upcoming-conferences">
                {dashboard.upcoming.map((conference) => (
                  <li key={conference.id} className="px-4 py-3">
                    <Link href={`/conferences/${conference.id}`} className="font-medium text-brand-700 underline underline-offset-2">{conference.title}</Link>{" "}
                    <span className="text-slate-500">{CONFERENCE_KIND_LABELS[conference.kind]} · {conference.live ? "on now" : <DateTime iso={conference.startsAt} style="short-datetime" />}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      </div>
    </div>
  );
}

function Landing() {
  return (
    <div className="mx-auto max-w-3xl py-8 text-center sm:py-16">
      <h1 className="text-3xl font-semibold tracking-tight sm:text-5xl">Case discussion for the whole team</h1>
      <p className="mx-auto mt-4 max-w-2xl text-lg text-slate-600">
        Rounds is where clinicians discuss de-identified cases together: read serial imaging as a timeline, argue in threads,
        commit a differential before seeing anyone else&apos;s, vote on the final diagnosis and learn from the reveal.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Link href="/signin" className="btn-primary px-6 py-3 text-base">Sign in</Link>
        <Link href="/register" className="btn-secondary px-6 py-3 text-base">Create an account</Link>
      </div>
      <ul className="mt-12 grid gap-4 text-left sm:grid-cols-3">
        <li className="card p-4"><h2 className="font-semibold">MDT meetings</h2><p className="mt-1 text-sm text-slate-600">Review imaging and history together and record the team&apos;s outcome.</p></li>
        <li className="card p-4"><h2 className="font-semibold">Unknown cases</h2><p className="mt-1 text-sm text-slate-600">Post a case with the answer hidden; colleagues commit, then see the reveal.</p></li>
        <li className="card p-4"><h2 className="font-semibold">Case conferences</h2><p className="mt-1 text-sm text-slate-600">Step an audience through a case, study by study, voting from their phones.</p></li>
      </ul>
    </div>
  );
}
