"use client";
// The projector view (issue 26 item 13): the presenter's second screen. Full screen, large type,
// the current stage only (the presentation, the study on screen, the vote, the reveal), the join
// code and QR code in a corner, and the distribution live as votes arrive once the vote closes.
// The same presenter view as /present (the server cuts it to the stages reached), without controls:
// the presenter moves it from the other screen.
import { useEffect, useRef, useState } from "react";
import { SEX_LABELS } from "@/lib/cases/constants";
import type { PresenterView } from "@/lib/conferences/view";
import { TallyBars } from "./stage";
import { ProjectorImages } from "./stage-images";
import { useLiveView } from "./use-live-view";

export function Projector({ initial, qrSvg, joinUrl }: { initial: PresenterView; qrSvg: string; joinUrl: string }) {
  const { view, slice } = useLiveView(initial.conferenceId, initial, { presenter: true });
  const root = useRef<HTMLDivElement>(null);
  const [fullScreen, setFullScreen] = useState(false);
  useEffect(() => {
    const onChange = () => setFullScreen(document.fullscreenElement !== null);
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, []);
  const item = view.item;
  const study = item?.stage === "study" ? item.timeline.filter((entry) => entry.type === "study")[item.step - 1] : undefined;
  return (
    <div ref={root} className="fixed inset-0 z-50 flex flex-col overflow-auto bg-white p-8 text-slate-900" data-testid="projector" data-version={view.version}>
      <header className="flex items-start justify-between gap-8">
        <div>
          <p className="text-2xl text-slate-600" data-testid="projector-stage">
            {view.status === "live" && item ? `Case ${item.position} of ${item.total} · ${item.stageLabel}` : view.status === "ended" ? "The conference has ended" : "Starting soon"}
          </p>
          <h1 className="mt-2 text-5xl font-semibold leading-tight">{item && view.status === "live" ? item.title : view.title}</h1>
        </div>
        <div className="flex shrink-0 items-center gap-4 rounded-lg border border-slate-200 p-3">
          <div className="w-32" role="img" aria-label={`QR code for ${joinUrl}`} dangerouslySetInnerHTML={{ __html: qrSvg }} />
          <div className="text-center">
            <p className="text-lg text-slate-600">Join at {joinUrl.replace(/^https?:\/\//, "").replace(/\?.*$/, "")}</p>
            <p className="font-mono text-5xl font-bold tracking-[0.2em]" data-testid="projector-join-code">{view.joinCode}</p>
            <p className="text-lg text-slate-600">{view.participants} joined</p>
          </div>
        </div>
      </header>
      {/* Not a second <main>: the page's layout already has one (one main landmark, issue 29). */}
      <div className="mt-10 flex-1 text-3xl leading-relaxed">
        {view.status === "live" && item && !item.restricted ? (
          item.stage === "presentation" ? (
            <section>
              <p className="text-2xl text-slate-600">{item.ageBand} · {SEX_LABELS[item.sex as keyof typeof SEX_LABELS] ?? item.sex} · {item.region}</p>
              <p className="mt-4 whitespace-pre-line">{item.presentation}</p>
            </section>
          ) : item.stage === "study" && study?.type === "study" ? (
            <section data-testid="projector-study">
              <ProjectorImages item={item} slice={slice} />
              <p className="text-2xl text-slate-600">{study.when} · {study.modality} · {study.region}{study.technique ? ` · ${study.technique}` : ""}</p>
              <p className="mt-4 whitespace-pre-line">{study.findings}</p>
              {study.impression ? <p className="mt-4 font-semibold whitespace-pre-line">{study.impression}</p> : null}
            </section>
          ) : item.stage === "vote" && !item.vote.tally ? (
            <section className="text-center">
              <p className="text-6xl font-semibold">{item.vote.state === "open" ? "Vote now on your phone" : "The vote opens in a moment"}</p>
              <p className="mt-6 text-4xl" data-testid="projector-vote-count">{item.vote.count} of {view.participants} voted</p>
            </section>
          ) : (
            <section className="space-y-8">
              {item.vote.tally ? <div className="text-2xl [&_li]:text-2xl [&_.h-3]:h-8"><TallyBars tally={item.vote.tally} /></div> : null}
              {item.stage === "reveal" ? (
                item.answer ? (
                  <div data-testid="projector-answer">
                    <p className="text-5xl font-semibold text-emerald-800">{item.answer.diagnosis}</p>
                    {item.accuracy !== null ? <p className="mt-2 text-2xl">{Math.round(item.accuracy * 100)}% of the room voted for it.</p> : null}
                    {item.answer.explanation ? <p className="mt-4 whitespace-pre-line text-2xl">{item.answer.explanation}</p> : null}
                  </div>
                ) : <p className="text-2xl text-slate-600">The answer for this case has not been released by its author.</p>
              ) : null}
            </section>
          )
        ) : null}
      </div>
      <footer className="mt-6 flex justify-end" data-print-hide>
        {!fullScreen ? (
          <button type="button" className="btn-secondary" onClick={() => void root.current?.requestFullscreen?.().catch(() => undefined)}>Full screen</button>
        ) : null}
      </footer>
    </div>
  );
}
