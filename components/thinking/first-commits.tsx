"use client";
// Blind first means something only if the first commit is on record (issue 26 item 4, decision
// 066): the viewer's first committed differential beside their current one, and, once others'
// thinking is shown, each participant who revised theirs with both lists.
import type { ThinkingView } from "@/lib/thinking/queries";

export function FirstCommits({ view }: { view: ThinkingView }) {
  const mine = view.myDifferential.map((entry) => entry.name);
  const myFirst = view.myFirst.map((entry) => entry.name);
  const revisedMine = myFirst.length > 0 && myFirst.join("\u0000") !== mine.join("\u0000");
  const others = (view.revisions ?? []).filter((revision) => !(revisedMine && revision.first.join("\u0000") === myFirst.join("\u0000") && revision.now.join("\u0000") === mine.join("\u0000")));
  if (!revisedMine && others.length === 0) return null;
  return (
    <div className="card space-y-3 p-4" data-testid="first-commits">
      <h3 className="font-semibold">First commits and revisions</h3>
      <p className="text-sm text-slate-600">Each participant&apos;s first committed differential stays on record; the learning record scores it.</p>
      {revisedMine ? <Revision name="You" first={myFirst} now={mine} testId="my-first-commit" /> : null}
      {others.map((revision) => <Revision key={revision.name} {...revision} testId="revision" />)}
    </div>
  );
}

function Revision({ name, first, now, testId }: { name: string; first: string[]; now: string[]; testId: string }) {
  return (
    <div className="grid gap-2 text-sm sm:grid-cols-[8rem_1fr_1fr]" data-testid={testId}>
      <p className="font-medium">{name}</p>
      <div><p className="text-xs text-slate-500">First commit</p><ol className="list-decimal pl-5">{first.map((item) => <li key={item}>{item}</li>)}</ol></div>
      <div><p className="text-xs text-slate-500">Now</p><ol className="list-decimal pl-5">{now.map((item) => <li key={item}>{item}</li>)}</ol></div>
    </div>
  );
}
