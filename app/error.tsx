"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="card mx-auto max-w-lg p-8 text-center" role="alert">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-slate-600">
        Rounds could not show this page. Try again; if it keeps happening, give this reference to your administrator:{" "}
        <code>{error.digest ?? "none"}</code>
      </p>
      <button type="button" className="btn-primary mt-6" onClick={reset}>Try again</button>
    </div>
  );
}
