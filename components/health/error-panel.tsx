"use client";
// The body of the error boundaries (app/error.tsx, app/global-error.tsx). A render that failed
// because the database went away is usually answered 503 by the app's server before this shows
// (lib/health/outage.ts); when it shows anyway (a failure after the page began to stream), the
// panel asks /health: while the database is down it says so and retries by itself when it returns.
import { useEffect, useRef, useState } from "react";

const DATABASE_MESSAGE = "Rounds cannot reach its database. It will retry on its own.";
const POLL_MS = 3_000;

async function databaseIsDown(): Promise<boolean> {
  try {
    const response = await fetch("/health?format=json", { cache: "no-store", headers: { accept: "application/json" } });
    if (response.ok) return false;
    const report = (await response.json()) as { dependencies?: { database?: { ok?: boolean } } };
    return report.dependencies?.database?.ok === false;
  } catch {
    return false;
  }
}

export function ErrorPanel({ digest, retry }: { digest?: string; retry: () => void }) {
  const [outage, setOutage] = useState(false);
  const retryRef = useRef(retry);
  retryRef.current = retry;
  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = async () => {
      const down = await databaseIsDown();
      if (cancelled) return;
      setOutage((was) => {
        if (was && !down) retryRef.current();
        return down;
      });
      if (down) timer = setTimeout(() => void check(), POLL_MS);
    };
    void check();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, []);

  if (outage) {
    return (
      <div className="card mx-auto max-w-lg p-8 text-center" role="alert" data-testid="database-outage">
        <h1 className="text-2xl font-semibold">{DATABASE_MESSAGE}</h1>
        <p className="mt-2 text-slate-600">This page comes back by itself when it does; nothing you saved before is lost.</p>
      </div>
    );
  }
  return (
    <div className="card mx-auto max-w-lg p-8 text-center" role="alert">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-slate-600">
        Rounds could not show this page. Try again; if it keeps happening, give this reference to your administrator:{" "}
        <code>{digest ?? "none"}</code>
      </p>
      <button type="button" className="btn-primary mt-6" onClick={retry}>Try again</button>
    </div>
  );
}
