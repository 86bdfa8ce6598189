"use client";
// Runs one server action for a form: pending while it runs, its typed failure kept for display,
// a router refresh on success (the action revalidated what changed).
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ActionResult, Failure } from "@/lib/core/result";

const OFFLINE: Failure = { ok: false, code: "unexpected", message: "Could not reach the server. Check your connection and try again; nothing was saved." };

/** Runs one action: pending while it runs, its failure kept for display, a refresh on success. */
export function useAction() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  async function run<T>(action: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
    setPending(true);
    try {
      const result = await action();
      if (result.ok) {
        setFailure(null);
        router.refresh();
      } else setFailure(result);
      return result;
    } catch {
      setFailure(OFFLINE);
      return OFFLINE;
    } finally {
      setPending(false);
    }
  }
  return { pending, failure, run, clear: () => setFailure(null) };
}

