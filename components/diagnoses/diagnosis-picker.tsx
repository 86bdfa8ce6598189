"use client";
// Catalogue typeahead (names and synonyms, typo-tolerant on the server). Keyboard: arrows,
// Enter, Escape. Optionally offers to propose a new entry when nothing fits.
import { useEffect, useId, useState } from "react";
import { proposeDiagnosis } from "@/lib/diagnoses/actions";
import { useSubmissionKey } from "@/components/use-submission-key";

export interface PickedDiagnosis {
  id: string;
  name: string;
}

interface Match {
  id: string;
  name: string;
  matched: string | null;
  proposed: boolean;
}

export function DiagnosisPicker({
  label, value, onChange, allowPropose = false, required = false,
}: { label: string; value: PickedDiagnosis | null; onChange: (value: PickedDiagnosis | null) => void; allowPropose?: boolean; required?: boolean }) {
  const id = useId();
  const [text, setText] = useState(value?.name ?? "");
  const [matches, setMatches] = useState<Match[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const submission = useSubmissionKey();

  // Follows a value chosen from outside; a value cleared because the person is typing keeps their text.
  useEffect(() => {
    if (value) setText(value.name);
  }, [value?.id, value?.name]);

  useEffect(() => {
    if (!open || text.trim().length < 2 || text === value?.name) {
      setMatches([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/diagnoses?q=${encodeURIComponent(text)}`, { signal: controller.signal });
        if (response.ok) {
          setMatches((await response.json()) as Match[]);
          setActive(0);
        }
      } catch {
        // superseded by the next keystroke
      }
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, open, value?.name]);

  const choose = (match: PickedDiagnosis) => {
    onChange(match);
    setText(match.name);
    setOpen(false);
    setMessage(null);
  };

  async function propose() {
    const clientKey = submission.keyFor(text);
    const result = await proposeDiagnosis({ name: text, clientKey });
    if (result.ok) {
      submission.done(clientKey);
      choose({ id: result.data.diagnosisId, name: result.data.name });
      setMessage("Proposed as a new catalogue entry; an educator will review it.");
    } else setMessage(result.message);
  }

  const showList = open && (matches.length > 0 || (allowPropose && text.trim().length >= 3));
  return (
    <div className="relative">
      <label htmlFor={id} className="field-label">{label}{required ? "" : " (optional)"}</label>
      <input
        id={id}
        className="field-input"
        role="combobox"
        aria-expanded={showList}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={showList && matches[active] ? `${id}-option-${active}` : undefined}
        autoComplete="off"
        placeholder="Start typing a diagnosis or a synonym"
        value={text}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          if (value) onChange(null);
        }}
        onKeyDown={(event) => {
          if (!showList) return;
          if (event.key === "ArrowDown") { event.preventDefault(); setActive((active + 1) % Math.max(matches.length, 1)); }
          if (event.key === "ArrowUp") { event.preventDefault(); setActive((active - 1 + matches.length) % Math.max(matches.length, 1)); }
          if (event.key === "Enter" && matches[active]) { event.preventDefault(); choose(matches[active]!); }
          if (event.key === "Escape") setOpen(false);
        }}
      />
      {showList ? (
        <ul id={`${id}-list`} role="listbox" className="absolute z-30 mt-1 max-h-64 w-full overflow-auto rounded-md border border-slate-200 bg-white shadow-lg">
          {matches.map((match, index) => (
            <li
              key={match.id}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === active}
              className={`cursor-pointer px-3 py-2 text-sm ${index === active ? "bg-brand-50" : ""}`}
              onMouseDown={(event) => { event.preventDefault(); choose(match); }}
            >
              <span className="font-medium">{match.name}</span>
              {match.matched ? <span className="ml-2 text-xs text-slate-600">also “{match.matched}”</span> : null}
              {match.proposed ? <span className="ml-2 badge bg-amber-100 text-amber-900">your proposal</span> : null}
            </li>
          ))}
          {allowPropose && text.trim().length >= 3 && !matches.some((match) => match.name.toLowerCase() === text.trim().toLowerCase()) ? (
            <li role="option" aria-selected={false} className="cursor-pointer border-t border-slate-100 px-3 py-2 text-sm text-brand-700" onMouseDown={(event) => { event.preventDefault(); void propose(); }}>
              Propose “{text.trim()}” as a new catalogue entry
            </li>
          ) : null}
        </ul>
      ) : null}
      {message ? <p className="mt-1 text-xs text-slate-600" role="status">{message}</p> : null}
    </div>
  );
}
