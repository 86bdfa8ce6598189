"use client";
// When the root layout itself fails (it reads the session and the bell's count), Next.js renders
// this in place of the whole document.
import { ErrorPanel } from "@/components/health/error-panel";
import "./globals.css";

export default function GlobalError({ error }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en-GB">
      <body className="min-h-screen">
        <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
          {/* A failed root layout cannot be re-rendered in place: reload the document. */}
          <ErrorPanel digest={error.digest} retry={() => window.location.reload()} />
        </main>
      </body>
    </html>
  );
}
