import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { getViewer } from "@/lib/auth/session";
import { IdleGuard } from "@/components/auth/idle-guard";
import { SiteHeader } from "@/components/site-header";
import { DatePrefsProvider } from "@/components/ui/date-time";
import { env } from "@/lib/core/env";
import { getDatePrefs } from "@/lib/format/viewer-dates";
import { unreadNotificationCount } from "@/lib/notifications/queries";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Rounds", template: "%s · Rounds" },
  description: "Collaborative case discussion for clinicians: serial imaging, differentials, votes and reveals.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#115e59" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const viewer = await getViewer();
  const [unread, datePrefs] = await Promise.all([viewer ? unreadNotificationCount(viewer) : 0, getDatePrefs()]);
  return (
    <html lang="en-GB">
      <body className="min-h-screen">
        <DatePrefsProvider prefs={datePrefs} now={Date.now()}>
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          Skip to content
        </a>
        <SiteHeader viewer={viewer ? { name: viewer.name } : null} unread={unread} />
        <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none sm:py-8">
          {children}
        </main>
        <footer className="no-print mx-auto max-w-6xl border-t border-slate-200 px-4 py-4 text-sm text-slate-600">
          <Link className="underline underline-offset-2" href="/accessibility">Accessibility statement</Link>
        </footer>
        {viewer ? <IdleGuard idleMinutes={env().SESSION_IDLE_MINUTES} /> : null}
        </DatePrefsProvider>
      </body>
    </html>
  );
}
