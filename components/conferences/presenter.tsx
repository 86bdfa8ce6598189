"use client";
// Presenter mode. The live state moves only through the presenterCommand action; the keyboard
// (→ ← V R N) and the buttons send the same commands. The screen shows what the audience sees
// plus the join code, QR code, counts, the agenda and a timer against the case's estimate.
import { useCallback, useEffect, useState } from "react";
import { Announcer } from "@/components/live/announcer";
import { LiveIndicator } from "@/components/live/live-indicator";
import { FormAlert } from "@/components/ui/field";
import { PRESENTER_KEYS } from "@/lib/conferences/constants";
import { presenterCommand } from "@/lib/conferences/live-actions";
import type { PresenterCommand } from "@/lib/conferences/schema";
import type { PresenterView } from "@/lib/conferences/view";
import { RunAgain } from "./session-controls";
import { RevealPanel, StageContent, StageProgress, TallyBars } from "./stage";
import { PresenterImages } from "./stage-images";
import { useLiveView } from "./use-live-view";

const KEY_COMMANDS: Record<string, PresenterCommand> = { ArrowRight: "next", ArrowLeft: "previous", v: "toggleVote", r: "reveal", n: "nextCase" };

function Timer({ startedAt, estimatedMinutes }: { startedAt: string | null; estimatedMinutes: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  if (!startedAt) return null;
  const elapsed = Math.max(0, Math.floor((now - new Date(startedAt).getTime()) / 1000));
  const over = elapsed > estimatedMinutes * 60;
  const clock = `${Math.floor(elapsed / 60)}:${String(elapsed % 60).padStart(2, "0")}`;
  return (
    <p className={`font-mono text-2xl ${over ? "text-amber-700" : "text-slate-800"}`} data-testid="timer" aria-label={`Time on this case ${clock}, estimate ${estimatedMinutes} minutes`}>
      {clock} <span className="text-sm text-slate-500">/ {estimatedMinutes}:00{over ? " · over time" : ""}</span>
    </p>
  );
}

export function Presenter({ initial, qrSvg, joinUrl }: { initial: PresenterView; qrSvg: string; joinUrl: string }) {
  const { view, status, refresh } = useLiveView(initial.conferenceId, initial, { presenter: true });
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const send = useCallback(async (command: PresenterCommand, itemId?: string) => {
    setPending(true);
    let result = await presenterCommand({ conferenceId: view.conferenceId, command, itemId });
    // "Next" never reveals by itself (issue 26 item 8): past a closed vote it asks first.
    if (!result.ok && result.details === "confirm_reveal" && window.confirm("Reveal the answer to the room?")) {
      result = await presenterCommand({ conferenceId: view.conferenceId, command: "reveal" });
    }
    setPending(false);
    setError(result.ok || result.details === "confirm_reveal" ? null : result.message);
    await refresh();
  }, [view.conferenceId, refresh]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      // A key the viewer already took (Shift+← and → change the window there) is not a step.
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || target?.closest("input, textarea, select, [contenteditable=true]")) return;
      const command = KEY_COMMANDS[event.key.length === 1 ? event.key.toLowerCase() : event.key];
      if (!command) return;
      event.preventDefault();
      void send(view.status === "scheduled" && command === "next" ? "start" : command);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [send, view.status]);

  const item = view.item;
  return (
    <div className="grid gap-6 lg:grid-cols-[1fr_18rem]" data-testid="presenter" data-version={view.version}>
      <div className="space-y-4">
        <div className="flex flex-wrap items-center gap-3">
          {view.status === "ended" ? <span className="badge bg-slate-100 text-slate-700" data-testid="conference-ended-badge">Ended</span> : <LiveIndicator status={status} />}
          {item ? <span className="text-sm text-slate-600" data-testid="stage-label">Case {item.position} of {item.total} · {item.stageLabel}</span> : null}
          <Announcer message={item ? `Case ${item.position} of ${item.total}: ${item.stageLabel}.` : null} testId="stage-announcer" />
          <Announcer message={item && item.vote.state === "open" ? `${item.vote.count} of ${view.participants} voted.` : null} testId="vote-announcer" />
        </div>
        {error ? <FormAlert>{error}</FormAlert> : null}
        {view.status === "scheduled" ? (
          <div className="card space-y-3 p-6 text-center">
            <p>The audience joins with the code or QR code. Start when you are ready.</p>
            <button type="button" className="btn-primary" onClick={() => void send("start")} disabled={pending}>Start the conference</button>
          </div>
        ) : view.status === "ended" ? (
          <div className="space-y-4">
            <p className="card p-6 text-center">The conference has ended.</p>
            <RunAgain conferenceId={view.conferenceId} startsAt={view.startsAt} />
          </div>
        ) : item ? (
          <>
            <div>
              <h2 className="text-2xl font-semibold" data-testid="stage-title">{item.title}</h2>
              <div className="mt-2"><StageProgress item={item} /></div>
            </div>
            <div className="flex flex-wrap gap-2" role="toolbar" aria-label="Presenter controls">
              <button type="button" className="btn-secondary" onClick={() => void send("previous")} disabled={pending}>← Back</button>
              <button type="button" className="btn-primary" onClick={() => void send("next")} disabled={pending}>Next step →</button>
              <button type="button" className="btn-secondary" onClick={() => void send("toggleVote")} disabled={pending}>{item.vote.state === "open" ? "Close vote (V)" : "Open vote (V)"}</button>
              <button type="button" className="btn-secondary" onClick={() => void send("reveal")} disabled={pending}>Reveal (R)</button>
              <button type="button" className="btn-secondary" onClick={() => void send("nextCase")} disabled={pending || item.position >= item.total}>Next case (N)</button>
            </div>
            {item.stage === "vote" || item.vote.state !== "not_open" ? (
              <section className="card space-y-2 p-4" aria-labelledby="vote-heading">
                <h3 id="vote-heading" className="font-semibold">
                  Vote {item.vote.state === "open" ? "open" : item.vote.state === "closed" ? "closed" : "not open yet: press V"}
                </h3>
                <p className="text-sm" data-testid="vote-count">{item.vote.count} of {view.participants} voted</p>
                {item.vote.tally ? <TallyBars tally={item.vote.tally} /> : null}
              </section>
            ) : null}
            <PresenterImages key={`${item.itemId}:${item.step}`} item={item} conferenceId={view.conferenceId} />
            <StageContent item={item} />
            <RevealPanel item={item} />
          </>
        ) : (
          <p className="card p-6">Choose a case from the agenda.</p>
        )}
      </div>
      <aside className="space-y-4">
        <div className="card space-y-2 p-4 text-center">
          <p className="text-sm text-slate-600">Join at <span className="font-medium">{joinUrl.replace(/^https?:\/\//, "").replace(/\?.*$/, "")}</span> with code</p>
          <p className="font-mono text-3xl font-bold tracking-[0.2em]" data-testid="presenter-join-code">{view.joinCode}</p>
          <div className="mx-auto w-40" role="img" aria-label={`QR code for ${joinUrl}`} dangerouslySetInnerHTML={{ __html: qrSvg }} />
          <p className="text-sm" data-testid="joined-count">{view.participants} joined</p>
          <a className="btn-secondary w-full" href={`/conferences/${view.conferenceId}/project`} target="rounds-projector" data-testid="projector-link">Projector view (second screen)</a>
        </div>
        {item ? <div className="card p-4"><Timer startedAt={view.itemStartedAt} estimatedMinutes={view.estimatedMinutes} /></div> : null}
        <nav className="card p-4" aria-label="Agenda">
          <h3 className="mb-2 font-semibold">Agenda</h3>
          <ol className="space-y-1 text-sm">
            {view.agenda.map((entry) => (
              <li key={entry.itemId}>
                <button type="button" className={`w-full rounded px-2 py-1 text-left hover:bg-slate-100 ${entry.current ? "bg-brand-50 font-semibold" : ""}`} aria-current={entry.current ? "step" : undefined} disabled={view.status !== "live" || pending} onClick={() => void send("goTo", entry.itemId)}>
                  {entry.position}. {entry.title} <span className="text-slate-600">({entry.estimatedMinutes} min{entry.reachedStep >= 0 ? ", shown" : ""})</span>
                </button>
              </li>
            ))}
          </ol>
        </nav>
        <div className="card space-y-2 p-4 text-sm">
          <h3 className="font-semibold">Keyboard</h3>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            {PRESENTER_KEYS.map((entry) => (
              <div key={entry.key} className="contents"><dt><kbd className="rounded border border-slate-300 px-1.5 font-mono">{entry.key}</kbd></dt><dd>{entry.action}</dd></div>
            ))}
          </dl>
          {view.status === "live" ? (
            <button type="button" className="btn-ghost mt-2 text-red-700" onClick={() => { if (window.confirm("End the conference for everyone?")) void send("end"); }}>End conference</button>
          ) : null}
        </div>
      </aside>
    </div>
  );
}
