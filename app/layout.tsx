import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { getUnreadNotificationCount, getViewer } from "@/lib/auth/session";
import { IdleGuard } from "@/components/auth/idle-guard";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { env } from "@/lib/env";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Rounds", template: "%s · Rounds" },
  description: "Collaborative case discussion for clinicians: serial imaging, differentials, votes and reveals.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#115e59" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const viewer = await getViewer();
  const unread = viewer ? await getUnreadNotificationCount() : 0;
  return (
    <html lang="en-GB">
      <body className="min-h-screen">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          Skip to content
        </a>
        <header data-site-header className="border-b border-slate-200 bg-white">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
            <Link href="/" className="flex items-center gap-2 text-lg font-semibold text-brand-800">
              <span aria-hidden className="grid size-7 place-items-center rounded-full bg-brand-700 text-sm text-white">R</span>
              Rounds
            </Link>
            {viewer ? (
              <>
                <nav aria-label="Main" className="order-last flex w-full items-center gap-1 overflow-x-auto text-sm sm:order-none sm:w-auto sm:flex-1">
                  <Link className="btn-ghost px-3" href="/cases">Cases</Link>
                  <Link className="btn-ghost px-3" href="/cases/new">New case</Link>
                  <Link className="btn-ghost px-3" href="/conferences">Conferences</Link>
                  <Link className="btn-ghost px-3" href="/me/record">My record</Link>
                  <Link className="btn-ghost px-3" href="/teams">Teams</Link>
                  <Link className="btn-ghost hidden px-3 sm:inline-flex" href="/cases/import">Import</Link>
                </nav>
                <div className="ml-auto flex items-center gap-3 text-sm">
                  <Link
                    href="/notifications"
                    className="relative rounded-md p-2 text-slate-700 hover:bg-slate-100"
                    aria-label={unread ? `Notifications, ${unread} unread` : "Notifications"}
                    data-testid="bell"
                  >
                    <svg aria-hidden viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8">
                      <path d="M15 17h5l-1.4-1.4A2 2 0 0 1 18 14.2V11a6 6 0 1 0-12 0v3.2a2 2 0 0 1-.6 1.4L4 17h5m6 0v1a3 3 0 1 1-6 0v-1m6 0H9" />
                    </svg>
                    {unread ? (
                      <span className="absolute -right-0.5 -top-0.5 grid min-w-5 place-items-center rounded-full bg-red-600 px-1 text-xs font-semibold text-white" data-testid="unread-count">
                        {unread > 99 ? "99+" : unread}
                      </span>
                    ) : null}
                  </Link>
                  <Link href="/account" className="hidden text-slate-600 hover:underline sm:inline" data-testid="viewer-name">{viewer.name}</Link>
                  <SignOutButton />
                </div>
              </>
            ) : (
              <div className="ml-auto flex items-center gap-2 text-sm">
                <Link className="btn-ghost" href="/signin">Sign in</Link>
                <Link className="btn-primary" href="/register">Register</Link>
              </div>
            )}
          </div>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
          {children}
        </main>
        {viewer ? <IdleGuard idleMinutes={env().SESSION_IDLE_MINUTES} /> : null}
      </body>
    </html>
  );
}
