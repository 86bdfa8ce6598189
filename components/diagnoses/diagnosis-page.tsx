// A diagnosis: the entity, its names and codes, its resolved cases, and what it is confused with.
import Link from "next/link";
import type { DiagnosisCase, DiagnosisPageView } from "@/lib/pages/diagnosis-page";

function CaseList({ cases, label }: { cases: DiagnosisCase[]; label: string }) {
  return (
    <ul className="space-y-2" aria-label={label}>
      {cases.map((kase) => (
        <li key={kase.id} className="card p-3 text-sm">
          <Link href={`/cases/${kase.id}`} className="font-medium text-brand-700 hover:underline">{kase.title}</Link>
          <span className="ml-2 text-slate-600">{kase.region}</span>
          {kase.finalName ? (
            <span className="ml-2 text-slate-600">
              · final diagnosis {kase.finalId ? <Link href={`/diagnoses/${kase.finalId}`} className="underline">{kase.finalName}</Link> : kase.finalName}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function Counted({ items, label }: { items: Array<{ id: string; name: string; count: number }>; label: string }) {
  return (
    <ul className="flex flex-wrap gap-2" aria-label={label}>
      {items.map((item) => (
        <li key={item.id}>
          <Link href={`/diagnoses/${item.id}`} className="badge bg-slate-100 text-slate-800 hover:underline">{item.name} ({item.count})</Link>
        </li>
      ))}
    </ul>
  );
}

export function DiagnosisPage({ view }: { view: DiagnosisPageView }) {
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <header className="space-y-2">
        <p className="text-sm text-slate-600">{[view.specialty, view.category].filter(Boolean).join(" · ")}</p>
        <h1 className="text-2xl font-semibold" data-testid="diagnosis-name">{view.name}</h1>
        <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
          {view.icd10 ? <div><dt className="inline text-slate-600">ICD-10 </dt><dd className="inline font-mono">{view.icd10}</dd></div> : null}
          {view.rare ? <div><dd className="badge bg-violet-100 text-violet-800">Rare</dd></div> : null}
        </dl>
        {view.synonyms.length ? <p className="text-sm text-slate-700"><span className="text-slate-600">Also called: </span>{view.synonyms.join(" · ")}</p> : null}
      </header>
      <section className="space-y-2">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 className="text-lg font-semibold">Resolved cases ({view.caseCount})</h2>
          <Link href={`/cases?dx=${view.id}`} className="text-sm text-brand-700 underline">Search the library for this diagnosis</Link>
        </div>
        {view.cases.length ? <CaseList cases={view.cases} label="Resolved cases" /> : <p className="text-sm text-slate-600">No resolved case you can see has this final diagnosis yet.</p>}
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Commonly confused with</h2>
        {view.confusedWith.length || view.mistakenFor.length ? (
          <>
            {view.confusedWith.length ? (<><p className="text-sm text-slate-600">Cases where {view.name} was a leading differential turned out to be:</p><Counted items={view.confusedWith} label="Turned out to be" /></>) : null}
            {view.mistakenFor.length ? (<><p className="text-sm text-slate-600">On cases of {view.name}, the leading differentials were:</p><Counted items={view.mistakenFor} label="Leading differentials" /></>) : null}
            {view.differentialCases.length ? <CaseList cases={view.differentialCases} label="Cases where it was a leading differential" /> : null}
          </>
        ) : <p className="text-sm text-slate-600">No resolved case yet had it as a leading differential.</p>}
      </section>
    </div>
  );
}
