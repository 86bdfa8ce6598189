"use client";
// The browser's side of the upload protocol (decision 041): announce the files, send each in
// chunks at the offset the server has, and after a dropped connection ask how much arrived and go
// on from there. Processing progress comes as live signals on the case's stream (and a slow poll
// as a fallback). File names stay in the browser: the server never receives them.
import { useCallback, useEffect, useRef, useState } from "react";
import { useCaseLive } from "@/components/live/case-live";
import type { UploadView } from "@/lib/imaging/view";

export type FileProgress = {
  key: string;
  name: string;
  size: number;
  uploadId: string | null;
  sent: number;
  phase: "uploading" | "queued" | "processing" | "done" | "failed";
  progress: number;
  message: string | null;
};

type Json = { ok: boolean; message?: string; code?: string; data?: unknown; details?: { received?: number } };
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let counter = 0;

async function fetchJson(url: string, init?: RequestInit): Promise<{ status: number; body: Json }> {
  const response = await fetch(url, { ...init, headers: { ...(init?.headers ?? {}) }, cache: "no-store" });
  let body: Json = { ok: false, message: `The server answered ${response.status}.` };
  try {
    body = (await response.json()) as Json;
  } catch {
    // keep the generic message
  }
  return { status: response.status, body };
}

export function useImageUploads(studyId: string, onChanged: () => void) {
  const [files, setFiles] = useState<FileProgress[]>([]);
  const filesRef = useRef(files);
  filesRef.current = files;
  const update = useCallback((key: string, patch: Partial<FileProgress>) => setFiles((current) => current.map((file) => (file.key === key ? { ...file, ...patch } : file))), []);

  const refresh = useCallback(
    async (uploadId: string) => {
      const file = filesRef.current.find((entry) => entry.uploadId === uploadId);
      if (!file) return;
      const { body } = await fetchJson(`/api/uploads/${uploadId}`).catch(() => ({ body: { ok: false } as Json }));
      if (!body.ok) return;
      const view = body.data as UploadView;
      if (view.status === "uploading") return;
      const message = view.status === "failed" ? (view.error ?? "This file could not be processed.") : view.failedCount > 0 ? view.error : null;
      update(file.key, { phase: view.status, progress: view.progress, message });
      if (view.status === "done" && file.phase !== "done") onChanged();
    },
    [onChanged, update],
  );

  useCaseLive((event) => {
    if (event.kind === "upload_progress" && event.subjectId) void refresh(event.subjectId);
  });

  // Fallback while anything is being processed: the live stream may be reconnecting.
  useEffect(() => {
    const busy = files.filter((file) => (file.phase === "queued" || file.phase === "processing") && file.uploadId);
    if (busy.length === 0) return;
    const timer = setInterval(() => busy.forEach((file) => void refresh(file.uploadId!)), 4_000);
    return () => clearInterval(timer);
  }, [files, refresh]);

  async function send(file: File, key: string, uploadId: string, chunkBytes: number) {
    let offset = 0;
    let failures = 0;
    while (offset < file.size) {
      const chunk = file.slice(offset, Math.min(file.size, offset + chunkBytes));
      try {
        const { status, body } = await fetchJson(`/api/uploads/${uploadId}?offset=${offset}`, { method: "PUT", body: chunk, headers: { "content-type": "application/octet-stream" } });
        if (body.ok) {
          const view = body.data as UploadView;
          offset = view.received;
          failures = 0;
          update(key, { sent: offset, phase: view.status === "uploading" ? "uploading" : "queued" });
          continue;
        }
        if (status === 409 && typeof body.details?.received === "number") {
          offset = body.details.received; // the server has more (or less) than we thought: go on from there
          continue;
        }
        if (status >= 400 && status < 500) {
          update(key, { phase: "failed", message: body.message ?? "The server refused this file." });
          return;
        }
        throw new Error("server");
      } catch {
        // Dropped connection or a server hiccup: wait, ask what arrived, resume from there.
        failures++;
        if (failures > 8) {
          update(key, { phase: "failed", message: "The connection kept dropping. Choose the file again to resume where it stopped." });
          return;
        }
        update(key, { message: "Connection lost; resuming…" });
        await wait(Math.min(30_000, 500 * 2 ** failures));
        const status = await fetchJson(`/api/uploads/${uploadId}`).catch(() => null);
        const view = status?.body.ok ? (status.body.data as UploadView) : null;
        if (view) offset = view.received;
        update(key, { message: null });
      }
    }
    // Everything has arrived (also when the server already had it all): processing comes next.
    setFiles((current) => current.map((file) => (file.key === key && file.phase === "uploading" ? { ...file, sent: file.size, phase: "queued" } : file)));
  }

  async function add(picked: File[]) {
    if (picked.length === 0) return;
    const entries = picked.map((file) => ({ key: `file-${++counter}`, name: file.name, size: file.size, uploadId: null, sent: 0, phase: "uploading" as const, progress: 0, message: null }));
    setFiles((current) => [...current, ...entries]);
    const { body } = await fetchJson(`/api/studies/${studyId}/uploads`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ files: picked.map((file) => ({ size: file.size, archive: /\.zip$/i.test(file.name) })) }),
    }).catch(() => ({ body: { ok: false, message: "Rounds could not be reached. Check your connection and try again." } as Json }));
    if (!body.ok) {
      for (const entry of entries) update(entry.key, { phase: "failed", message: body.message ?? "The upload was refused." });
      return;
    }
    const started = (body.data as { files: Array<{ ok: boolean; uploadId?: string; chunkBytes?: number; message?: string }> }).files;
    const queue: Array<() => Promise<void>> = [];
    started.forEach((result, index) => {
      const entry = entries[index]!;
      if (!result.ok || !result.uploadId) {
        update(entry.key, { phase: "failed", message: result.message ?? "This file was refused." });
        return;
      }
      update(entry.key, { uploadId: result.uploadId });
      queue.push(() => send(picked[index]!, entry.key, result.uploadId!, result.chunkBytes ?? 4 * 1024 * 1024));
    });
    // Three files at a time: a long series of single DICOM files goes much faster than one by one.
    const workers = Array.from({ length: Math.min(3, queue.length) }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await next();
    });
    await Promise.all(workers);
  }

  const clearFinished = () => setFiles((current) => current.filter((file) => file.phase !== "done"));
  return { files, add, clearFinished };
}
