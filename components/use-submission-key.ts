"use client";
// One key per form submission (decision 032): every call of a create action made for the same
// submission (a double click, a retry after a dropped connection) carries the same key, so the
// server stores it once. The key follows what is submitted: the same content sent again before it
// succeeded is the same submission; edited content is a new one (a retry after a lost answer then
// stores the edit instead of answering with the earlier text). After a success the next
// submission gets a new key, even with the same content.
import { useRef } from "react";

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
  /**
   * The submission made with `key` succeeded: the next one gets a new key. A late answer to an
   * earlier submission (the second call of a double click, answered after the form moved on) names
   * its own key and leaves the current one alone, so a repeat of the current submission still
   * carries the key the server knows.
   */
  done: (key: string) => void;
}

/** The keys of one form, outside React so the rule can be tested on its own. */
export function submissionKeys(): SubmissionKey {
  let current: { key: string; content: string } | null = null;
  return {
    keyFor(content) {
      const serialized = JSON.stringify(content) ?? "";
      if (current?.content !== serialized) current = { key: newSubmissionKey(), content: serialized };
      return current.key;
    },
    done(key) {
      if (current?.key === key) current = null;
    },
  };
}

export function useSubmissionKey(): SubmissionKey {
  const keys = useRef<SubmissionKey | null>(null);
  keys.current ??= submissionKeys();
  return keys.current;
}
