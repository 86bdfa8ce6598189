"use client";
// One key per form submission (decision 032): every call of a create action made for the same
// submission (a double click, a retry after a dropped connection) carries the same key, so the
// server stores it once. The key follows what is submitted: the same content sent again before it
// succeeded is the same submission; edited content is a new one (a retry after a lost answer then
// stores the edit instead of answering with the earlier text). After a success the next
// submission gets a new key, even with the same content.
import { useCallback, useRef } from "react";

export function newSubmissionKey(): string {
  // randomUUID needs a secure context; a plain-HTTP intranet address still has getRandomValues.
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface SubmissionKey {
  /** The key for submitting `content` now: the previous key while the content is unchanged and not yet stored. */
  keyFor: (content: unknown) => string;
  /** The submission succeeded: the next one gets a new key. */
  done: () => void;
}

export function useSubmissionKey(): SubmissionKey {
  const current = useRef<{ key: string; content: string } | null>(null);
  const keyFor = useCallback((content: unknown) => {
    const serialized = JSON.stringify(content) ?? "";
    if (current.current?.content !== serialized) current.current = { key: newSubmissionKey(), content: serialized };
    return current.current.key;
  }, []);
  const done = useCallback(() => {
    current.current = null;
  }, []);
  return { keyFor, done };
}
