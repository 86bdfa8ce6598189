"use client";
// On the author's own case page: the conferences that will show the case, and whether each
// presenter may reveal its answer to the room (issue 26 item 9). Saved at once on change.
import { useState } from "react";
import { FormAlert } from "@/components/ui/field";
import { REVEAL_CONSENT_LABELS, REVEAL_CONSENTS, type RevealConsentName } from "@/lib/conferences/constants";
import type { RevealConsentItem } from "@/lib/conferences/consent";
import { setRevealConsent } from "@/lib/conferences/session-actions";
import { DateTime } from "@/components/ui/date-time";

export function RevealConsents({ items }: { items: RevealConsentItem[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="consent-heading" className="card space-y-3 p-4" data-testid="reveal-consents">
      <h2 id="consent-heading" className="font-semibold">Your case at conferences</h2>
      <p className="text-sm text-slate-600">Only you decide whether a presenter may reveal your answer to the room.</p>
      <ul className="space-y-3">
        {items.map((item) => <ConsentRow key={item.itemId} item={item} />)}
      </ul>
    </section>
  );
}

function ConsentRow({ item }: { item: RevealConsentItem }) {
  const [value, setValue] = useState<RevealConsentName>(item.consent);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const id = `consent-${item.itemId}`;
  return (
    <li className="space-y-1 text-sm">
      <label htmlFor={id} className="block">
        <span className="font-medium">{item.conferenceTitle}</span>
        <span className="text-slate-600"> · {item.teamName} · presented by {item.presenterName} · <DateTime iso={item.startsAt} /></span>
      </label>
      {error ? <FormAlert>{error}</FormAlert> : null}
      <select
        id={id}
        className="field-input"
        value={value}
        disabled={item.revealed}
        data-testid="reveal-consent"
        onChange={async (event) => {
          const next = event.target.value as RevealConsentName;
          const previous = value;
          setValue(next);
          setSaved(false);
          const result = await setRevealConsent({ itemId: item.itemId, revealConsent: next });
          if (result.ok) { setError(null); setSaved(true); } else { setError(result.message); setValue(previous); }
        }}
      >
        {REVEAL_CONSENTS.map((consent) => <option key={consent} value={consent}>{REVEAL_CONSENT_LABELS[consent]}</option>)}
      </select>
      {item.revealed ? <p className="text-slate-600">Already revealed at this conference.</p> : saved ? <p className="text-emerald-800" role="status">Saved.</p> : null}
    </li>
  );
}
