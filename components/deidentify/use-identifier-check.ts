"use client";
// As-you-type findings of the de-identification guard (issue 25 item 5): the form's fields are
// sent, debounced, to POST /api/deidentify, which runs the same guard as the server actions
// (decision 050). Nothing is sent until the author has typed; a newer keystroke cancels the
// request before it. The actions check again on save and stay authoritative.
import { useEffect, useRef, useState } from "react";
import type { FieldFinding } from "@/lib/deidentify/confirm";
import type { RiskWarning } from "@/lib/deidentify/risk";
import { useIdentifierConfirmation } from "./identifier-findings";

export type { FieldFinding };

const DEBOUNCE_MS = 500;

/** The case form's facts for the re-identification warnings (issue 25 item 7). */
export interface RiskFacts {
  diagnosis?: string | null;
  ageBand?: string | null;
  visibility?: string | null;
  previousVisibility?: string | null;
}

export function useIdentifierCheck(
  fields: Record<string, string>,
  options: { enabled?: boolean; risk?: RiskFacts } = {},
): { findings: FieldFinding[]; risks: RiskWarning[]; checking: boolean } {
  const enabled = options.enabled ?? true;
  const [findings, setFindings] = useState<FieldFinding[]>([]);
  const [risks, setRisks] = useState<RiskWarning[]>([]);
  const [checking, setChecking] = useState(false);
  const key = JSON.stringify(options.risk ? { fields, risk: options.risk } : { fields });
  const first = useRef(key);

  useEffect(() => {
    // The text the form opened with is not checked until it changes (an edit form's old text).
    if (!enabled || key === first.current) return;
    const parsed = JSON.parse(key) as { fields: Record<string, string>; risk?: RiskFacts };
    if (!Object.values(parsed.fields).some((value) => value.trim())) {
      setFindings([]);
      setRisks([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setChecking(true);
      try {
        const response = await fetch("/api/deidentify", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: key,
          signal: controller.signal,
        });
        if (response.ok) {
          const answer = (await response.json()) as { findings: FieldFinding[]; risks: RiskWarning[] };
          setFindings(answer.findings);
          setRisks(answer.risks);
        }
      } catch {
        // aborted by the next keystroke, or offline: the save's own check still runs
      } finally {
        if (!controller.signal.aborted) setChecking(false);
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key, enabled]);

  return { findings, risks, checking };
}

/**
 * Everything a form needs from the guard: live findings while typing, the findings of a refused
 * save (shown until the text changes), and the author's confirmation to send with the next save.
 */
export function useGuardedText(texts: Record<string, string>, options: { enabled?: boolean; risk?: RiskFacts } = {}) {
  const live = useIdentifierCheck(texts, options);
  const key = JSON.stringify(texts);
  const [refused, setRefused] = useState<{ key: string; findings: FieldFinding[] } | null>(null);
  const refusedNow = refused !== null && refused.key === key;
  const findings = refusedNow ? refused.findings : live.findings;
  const state = useIdentifierConfirmation(findings);
  return {
    findings,
    state,
    checking: live.checking,
    risks: live.risks,
    refused: refusedNow,
    /** Call with the findings of an `identifiers_found` answer. */
    onRefused: (found: FieldFinding[]) => setRefused({ key, findings: found }),
    clear: () => setRefused(null),
  };
}
