"use client";
// Side-by-side reading of two studies: their findings, and their images scrolled together (the
// viewer loads only when both studies have images). Receives only what it shows.
import dynamic from "next/dynamic";
import { useId, useState } from "react";
import type { SeriesView } from "@/lib/imaging/view";
import { ChangeBadge } from "./change-badge";

const CompareStacks = dynamic(() => import("@/components/viewer/compare-stacks"), {
  ssr: false,
  loading: () => <p className="rounded-lg bg-slate-950 p-6 text-sm text-slate-300">Loading the images…</p>,
});

export interface ComparableStudy {
  id: string;
  when: string;
  dayOffset: number;
  modality: string;
  region: string;
  technique: string;
  findings: string;
  impression: string;
  change: string | null;
  /** The study's series the viewer may see (none: no images to compare). */
  series?: SeriesView[];
}

export function CompareStudies({ studies }: { studies: ComparableStudy[] }) {
  const id = useId();
  const [leftId, setLeftId] = useState(studies[0]?.id ?? "");
  const [rightId, setRightId] = useState(studies.at(-1)?.id ?? "");
  if (studies.length < 2) {
    return <p className="text-sm text-slate-600">Comparison needs at least two studies.</p>;
  }
  const chosen = [studies.find((s) => s.id === leftId), studies.find((s) => s.id === rightId)];
  const [earlier, later] = [...chosen].sort((a, b) => (a?.dayOffset ?? 0) - (b?.dayOffset ?? 0));
  const label = (study: ComparableStudy) => `${study.when} · ${study.modality} ${study.region}`;

  return (
    <div className="space-y-4" data-testid="compare">
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-a`} className="field-label">First study</label>
          <select id={`${id}-a`} className="field-input" value={leftId} onChange={(e) => setLeftId(e.target.value)}>
            {studies.map((study) => <option key={study.id} value={study.id}>{label(study)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-b`} className="field-label">Second study</label>
          <select id={`${id}-b`} className="field-input" value={rightId} onChange={(e) => setRightId(e.target.value)}>
            {studies.map((study) => <option key={study.id} value={study.id}>{label(study)}</option>)}
          </select>
        </div>
      </div>
      {earlier && later && earlier.id === later.id ? (
        <p className="text-sm text-amber-800" role="status">Choose two different studies to compare.</p>
      ) : null}
      {earlier?.series?.length && later?.series?.length && earlier.id !== later.id ? (
        <CompareStacks key={`${earlier.id}-${later.id}`} earlier={{ label: `Earlier: ${label(earlier)}`, series: earlier.series }} later={{ label: `Later: ${label(later)}`, series: later.series }} />
      ) : null}
      <div className="grid gap-4 md:grid-cols-2">
        {[earlier, later].map((study, index) =>
          study ? (
            <section key={`${index}-${study.id}`} className="card p-4" aria-label={index === 0 ? "Earlier study" : "Later study"} data-testid={index === 0 ? "compare-earlier" : "compare-later"}>
              <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{index === 0 ? "Earlier" : "Later"}</p>
              <h3 className="mt-1 flex flex-wrap items-center gap-2 font-semibold">
                {label(study)}
                {index === 1 && study.id !== earlier?.id ? <ChangeBadge change={study.change} /> : null}
              </h3>
              {study.technique ? <p className="mt-1 text-xs text-slate-600">{study.technique}</p> : null}
              <p className="mt-3 whitespace-pre-line text-sm leading-relaxed">{study.findings}</p>
              {study.impression ? <p className="mt-3 whitespace-pre-line text-sm font-medium">{study.impression}</p> : null}
            </section>
          ) : null,
        )}
      </div>
    </div>
  );
}
