"use client";
// The re-identification warnings (issue 25 item 7): a rare diagnosis with a small-community
// detail, or a team case about to become public. Advice, not a block: saving is not stopped.
import type { RiskWarning } from "@/lib/deidentify/risk";

export function ReidentificationRisks({ risks }: { risks: RiskWarning[] }) {
  if (risks.length === 0) return null;
  return (
    <section className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" role="status" data-testid="reidentification-risks">
      <h3 className="font-semibold">Could someone still recognise the patient?</h3>
      <ul className="space-y-2">
        {risks.map((risk) => (
          <li key={risk.kind}>
            <p>{risk.message}</p>
            {risk.details.length ? <p className="mt-1 text-amber-900">Details: {risk.details.map((detail) => `“${detail}”`).join(", ")}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
