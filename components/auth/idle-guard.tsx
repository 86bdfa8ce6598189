"use client";
// Signs an idle browser out: a warning two minutes before the idle limit, then sign-out. While
// the user is active it refreshes the session token now and then, so the server-side expiry
// (the same idle limit) only catches sessions nobody is using.
import { useEffect, useRef, useState } from "react";
import { signOutLazily } from "./sign-out";

const WARNING_MS = 2 * 60_000;
const REFRESH_EVERY_MS = 4 * 60_000;
const ACTIVITY = ["pointerdown", "keydown", "scroll", "touchstart"] as const;

export function IdleGuard({ idleMinutes }: { idleMinutes: number }) {
  const limit = idleMinutes * 60_000;
  const lastActivity = useRef(Date.now());
  const lastRefresh = useRef(Date.now());
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);

  useEffect(() => {
    const refresh = () => {
      lastRefresh.current = Date.now();
      void fetch("/api/auth/session", { cache: "no-store" });
    };
    const onActivity = () => {
      lastActivity.current = Date.now();
      if (Date.now() - lastRefresh.current > REFRESH_EVERY_MS) refresh();
    };
    for (const event of ACTIVITY) window.addEventListener(event, onActivity, { passive: true });
    const timer = setInterval(() => {
      const idle = Date.now() - lastActivity.current;
      if (idle >= limit) {
        clearInterval(timer);
        void signOutLazily(`/signin?reason=idle&callbackUrl=${encodeURIComponent(window.location.pathname)}`);
      } else if (idle >= limit - WARNING_MS) {
        setSecondsLeft(Math.ceil((limit - idle) / 1000));
      } else {
        setSecondsLeft(null);
      }
    }, 1000);
    return () => {
      clearInterval(timer);
      for (const event of ACTIVITY) window.removeEventListener(event, onActivity);
    };
  }, [limit]);

  if (secondsLeft === null) return null;
  return (
    <div role="alertdialog" aria-labelledby="idle-title" aria-describedby="idle-text" className="fixed inset-x-0 bottom-4 z-50 mx-auto w-[min(28rem,calc(100%-2rem))] rounded-lg border border-amber-300 bg-white p-4 shadow-xl" data-testid="idle-warning">
      <h2 id="idle-title" className="font-semibold">Still there?</h2>
      <p id="idle-text" className="mt-1 text-sm text-slate-700">
        For patient privacy you will be signed out in {Math.floor(secondsLeft / 60)}:{String(secondsLeft % 60).padStart(2, "0")} unless you continue.
      </p>
      <button
        type="button"
        className="btn-primary mt-3"
        autoFocus
        onClick={() => {
          lastActivity.current = Date.now();
          lastRefresh.current = Date.now();
          void fetch("/api/auth/session", { cache: "no-store" });
          setSecondsLeft(null);
        }}
      >
        Stay signed in
      </button>
    </div>
  );
}
