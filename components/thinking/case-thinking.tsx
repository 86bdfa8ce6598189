"use client";
// Differentials, the vote and the reveal for one case. Everything shown comes from the server's
// policy-filtered view (/api/cases/[id]/thinking): a blind viewer's browser never holds others'
// answers. Refreshed live when anyone posts, supports, votes or the poll changes.
import { useRouter } from "next/navigation";
import { useCallback, useRef, useState } from "react";
import { useCaseLive } from "@/components/live/case-live";
import { FormAlert } from "@/components/ui/field";
import { THINKING_EVENT_KINDS } from "@/lib/live/events";
import { THINKING_PREVIEW_ROWS } from "@/lib/thinking/constants";
import type { ThinkingView } from "@/lib/thinking/queries";
import { MyDifferential } from "./differential-form";
import { FirstCommits } from "./first-commits";
import { GroupDifferential } from "./group-differential";
import { Results } from "./reveal";
import { RevealForm } from "./reveal-form";
import { Poll } from "./vote-panel";
import { StepNotice, StepRecord } from "./step-through";

const LIVE_KINDS = THINKING_EVENT_KINDS;

interface Props {
  initial: ThinkingView;
  studies: Array<{ id: string; label: string }>;
}

export function CaseThinking({ initial, studies }: Props) {
  const router = useRouter();
  const [view, setView] = useState(initial);
  // One request at a time: a burst of live events (200 votes) asks again once, after the request
  // in flight, instead of 200 times; replies cannot arrive out of order. Awaiting it returns only
  // once a request that started after the call has answered.
  const loading = useRef<Promise<void> | null>(null);
  const stale = useRef(false);
  // The page sends the head of each ranked list; once someone asks for the rest, every later
  // refresh brings the whole lists.
  const wantAll = useRef(false);
  const reload = useCallback((): Promise<void> => {
    if (loading.current) {
      stale.current = true;
      return loading.current;
    }
    const run = async () => {
      do {
        stale.current = false;
        const query = wantAll.current ? "" : `?rows=${THINKING_PREVIEW_ROWS}`;
        const response = await fetch(`/api/cases/${view.caseId}/thinking${query}`, { cache: "no-store" }).catch(() => null);
        if (response?.ok) setView((await response.json()) as ThinkingView);
      } while (stale.current);
    };
    loading.current = run().finally(() => {
      loading.current = null;
    });
    return loading.current;
  }, [view.caseId]);
  const showAll = useCallback(() => {
    wantAll.current = true;
    return reload();
  }, [reload]);

  useCaseLive((event) => {
    if (!LIVE_KINDS.has(event.kind)) return;
    if (event.kind === "case_revealed") router.refresh();
    void reload();
  });

  return (
    <section aria-labelledby="thinking-heading" className="space-y-4" id="differential">
      <h2 id="thinking-heading" className="text-lg font-semibold">Differential and vote</h2>
      {view.blind ? (
        <FormAlert tone="info">
          <strong>Blind until you commit.</strong> Post your own differential or vote first; then you will see what colleagues think.
        </FormAlert>
      ) : null}
      <StepNotice view={view} />
      {view.knowsAnswer ? (
        <FormAlert tone="info">
          <strong>You know the answer.</strong> You can see this case&apos;s answer, so you do not post a differential or vote on it:
          yours would give the answer away. You see colleagues&apos; thinking as it comes in.
        </FormAlert>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-2">
        {view.canPostDifferential ? <MyDifferential view={view} studies={studies} onSaved={reload} onStepped={() => router.refresh()} /> : null}
        <GroupDifferential view={view} onChanged={reload} onShowAll={showAll} />
      </div>
      <FirstCommits view={view} />
      <StepRecord view={view} />
      <Poll view={view} onChanged={reload} onShowAll={showAll} />
      {view.canReveal ? <RevealForm caseId={view.caseId} authored={view.authored} onRevealed={() => router.refresh()} /> : null}
      {view.results ? <Results view={view} /> : null}
    </section>
  );
}
