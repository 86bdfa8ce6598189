"use client";
// The site's header: navigation, the notification bell and the account. A client component
// although it has no state, so that every page sends two props instead of the header's markup
// in its RSC payload (decision 023). Its links do not prefetch: every route is dynamic, so a
// prefetch brings only the route's tree, and ten of them on every page view cost the server more
// than the page (decision 117).
import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { SearchBox } from "@/components/search/search-box";

export function SiteHeader({ viewer, unread }: { viewer: { name: string } | null; unread: number }) {
  return (
    <header data-site-header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link prefetch={false} href="/" className="flex items-center gap-2 text-lg font-semibold text-brand-800">
          <span aria-hidden className="grid size-7 place-items-center rounded-full bg-brand-700 text-sm text-white">R</span>
          Rounds
        </Link>
        {viewer ? (
          <>
            {/* Its own row below 1280 px: beside the search box and the account it was cut off and scrolled.
                On a phone it scrolls sideways; the fading right edge says there is more. */}
            <nav aria-label="Main" className="order-last flex w-full items-center gap-1 overflow-x-auto text-sm max-sm:pr-10 max-sm:[mask-image:linear-gradient(to_right,black_80%,transparent)] xl:order-none xl:w-auto xl:flex-1">
              <Link prefetch={false} className="btn-ghost whitespace-nowrap px-3 xl:px-2.5" href="/cases">Cases</Link>
              <Link prefetch={false} className="btn-ghost whitespace-nowrap px-3 xl:px-2.5" href="/cases/new">New case</Link>
              <Link prefetch={false} className="btn-ghost whitespace-nowrap px-3 xl:px-2.5" href="/conferences">Conferences</Link>
              <Link prefetch={false} className="btn-ghost whitespace-nowrap px-3 xl:px-2.5" href="/collections">Collections</Link>
              <Link prefetch={false} className="btn-ghost whitespace-nowrap px-3 xl:px-2.5" href="/me/record">My record</Link>
              <Link prefetch={false} className="btn-ghost whitespace-nowrap px-3 xl:px-2.5" href="/teams">Teams</Link>
              {/* The library page offers it beside "New case" at every width. */}
              <Link prefetch={false} className="btn-ghost hidden whitespace-nowrap px-3 md:inline-flex xl:hidden" href="/cases/import">Import</Link>
            </nav>
            <div className="ml-auto flex flex-wrap items-center justify-end gap-3 text-sm">
              <SearchBox shortcut className="w-36 sm:w-48 xl:w-40" />
              <Link
                prefetch={false}
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
              <Link prefetch={false} href="/account" className="hidden max-w-28 truncate align-middle text-slate-600 hover:underline sm:inline-block" title={viewer.name} data-testid="viewer-name">{viewer.name}</Link>
              <SignOutButton />
            </div>
          </>
        ) : (
          <div className="ml-auto flex flex-wrap items-center justify-end gap-2 text-sm">
            <Link prefetch={false} className="btn-ghost" href="/signin">Sign in</Link>
            <Link prefetch={false} className="btn-primary" href="/register">Register</Link>
          </div>
        )}
      </div>
    </header>
  );
}
