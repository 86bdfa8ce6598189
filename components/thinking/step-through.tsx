"use client";
// A step-through unknown (issue 26 item 1, decision 088): where the learner stands, and once they
// have seen the whole course or the case is revealed, how their thinking moved step by step, with
// the group's after the reveal in the conference summary's chart.
import { StageChart } from "@/components/conferences/stage-chart";
import { FormAlert } from "@/components/ui/field";
import type { ThinkingView } from "@/lib/thinking/queries";

export function StepNotice({ view }: { view: ThinkingView }) {
  const stepping = view.stepping;
  if (!stepping) return null;
  if (!stepping.more) {
    return (
      <FormAlert tone="info">
        <strong>You have seen the whole course.</strong> Your differential at each step is kept; the answer comes with the reveal.
      </FormAlert>
    );
  }
  return (
    <FormAlert tone="info">
      <strong>Step by step.</strong> You are at study {Math.min(stepping.step + 1, stepping.steps)} of {stepping.steps}. Commit your differential to see what happened next;
      your list at each step is kept. Colleagues&apos; thinking shows once you have seen the whole course.
    </FormAlert>
  );
}

export function StepRecord({ view }: { view: ThinkingView }) {
  if (!view.mySteps && !view.groupSteps) return null;
  return (
    <section className="card space-y-3 p-4" aria-labelledby="step-record" data-testid="step-record">
      <h3 id="step-record" className="font-semibold">How your thinking moved</h3>
      {view.mySteps ? (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Your differential at each step, most likely first</caption>
            <thead>
              <tr className="text-slate-500"><th scope="col" className="py-1 pr-3 font-medium">Having seen</th><th scope="col" className="py-1 pr-3 font-medium">Your differential</th><th scope="col" className="py-1 font-medium">Change</th></tr>
            </thead>
            <tbody>
              {view.mySteps.map((step) => (
                <tr key={step.label} className="border-t border-slate-100 align-top" data-testid="my-step">
                  <th scope="row" className="py-1 pr-3 font-medium">{step.label}</th>
                  <td className="py-1 pr-3"><ol className="list-decimal pl-5">{step.names.map((name) => <li key={name}>{name}</li>)}</ol></td>
                  <td className="py-1 text-slate-600">
                    {step.added.length ? <p>Added: {step.added.join(", ")}</p> : null}
                    {step.dropped.length ? <p>Dropped: {step.dropped.join(", ")}</p> : null}
                    {!step.added.length && !step.dropped.length ? <p>{step === view.mySteps![0] ? "First commit" : "Same diagnoses"}</p> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {view.groupSteps ? (
        <div className="space-y-1">
          <h4 className="text-sm font-semibold">Everyone who stepped through it</h4>
          <StageChart series={view.groupSteps} caption="Share of learners naming each diagnosis among their top three at each step" />
        </div>
      ) : null}
    </section>
  );
}
