"use client";
// The search box: a plain GET form to /cases (works without JavaScript), with "/" as its keyboard
// shortcut from anywhere on the page except while typing in another field. The box shows the
// URL's query: it remounts when that changes (Back, a link that removes the search), the form opts
// out of the browser restoring a typed value on a history navigation (autocomplete="off") and
// resets when the page is shown again from the back-forward cache.
import { useEffect, useRef } from "react";

/** A page shown again from the back-forward cache: the form back to the values of its URL. Returns the clean-up. */
export function resetWhenRestored(form: { current: HTMLFormElement | null }): () => void {
  const onShow = (event: PageTransitionEvent) => {
    if (event.persisted) form.current?.reset();
  };
  window.addEventListener("pageshow", onShow);
  return () => window.removeEventListener("pageshow", onShow);
}

function typingElsewhere(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

export function SearchBox({ defaultValue = "", shortcut = false, id = "site-search", className = "" }: { defaultValue?: string; shortcut?: boolean; id?: string; className?: string }) {
  const input = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => resetWhenRestored(form), []);
  useEffect(() => {
    if (!shortcut) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.metaKey || event.ctrlKey || event.altKey || typingElsewhere(event.target)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [shortcut]);

  return (
    <form ref={form} role="search" action="/cases" method="get" autoComplete="off" className={`relative ${className}`}>
      <label htmlFor={id} className="sr-only">Search cases</label>
      <input
        key={defaultValue}
        ref={input}
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder="Search cases"
        aria-keyshortcuts={shortcut ? "/" : undefined}
        autoComplete="off"
        maxLength={200}
        className={`field-input w-full py-1.5 text-sm ${shortcut ? "sm:pr-8" : ""}`}
        data-testid={shortcut ? "header-search" : "library-search"}
      />
      {shortcut ? (
        // The "/" hint is for keyboards: on a phone it would only crowd out the placeholder.
        <kbd aria-hidden className="pointer-events-none absolute right-2 top-1/2 hidden -translate-y-1/2 rounded border border-slate-300 px-1.5 text-xs text-slate-500 sm:block">/</kbd>
      ) : null}
    </form>
  );
}
