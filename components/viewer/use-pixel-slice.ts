"use client";
// The stored values of one DICOM slice (GET /api/images/[id]/pixels), for window and level. Kept
// for the slices around the one shown, so scrolling a windowed stack does not refetch; kept by
// versioned URL, so values from before a black-out are never reused for the new pixels.
import { useEffect, useState } from "react";
import type { PixelHeader as Header } from "@/lib/images/pixels";
import type { PixelSlice } from "@/lib/images/window";
import { imageUrl, type ImageRef } from "@/lib/imaging/view";

const PIXEL_HEADER = "x-rounds-pixels";
/** Slices kept decoded: about 25 MB at 512 x 512 x 16-bit. */
const KEEP = 48;
const cache = new Map<string, Promise<PixelSlice | null>>();

export type LoadedSlice = PixelSlice & { modality: string | null };

async function fetchSlice(url: string): Promise<LoadedSlice | null> {
  const response = await fetch(url, { credentials: "same-origin" });
  const headerText = response.headers.get(PIXEL_HEADER);
  if (!response.ok || !headerText) return null;
  const header = JSON.parse(headerText) as Header;
  const buffer = await response.arrayBuffer();
  const values =
    header.type === "int16" ? new Int16Array(buffer) : header.type === "uint16" ? new Uint16Array(buffer) : header.type === "int8" ? new Int8Array(buffer) : new Uint8Array(buffer);
  if (values.length < header.rows * header.columns) return null;
  return { rows: header.rows, columns: header.columns, values, slope: header.slope, intercept: header.intercept, invert: header.invert, window: header.window, modality: header.modality };
}

/** One slice's values, loaded once (null while loading, or when the image has none to window). */
export function loadSlice(image: ImageRef): Promise<LoadedSlice | null> {
  const url = imageUrl(image, "pixels");
  let pending = cache.get(url) as Promise<LoadedSlice | null> | undefined;
  if (!pending) {
    pending = fetchSlice(url).catch(() => null);
    cache.set(url, pending);
    if (cache.size > KEEP) cache.delete(cache.keys().next().value!);
  }
  return pending;
}

export function usePixelSlice(image: ImageRef | null, enabled: boolean): { slice: LoadedSlice | null; state: "idle" | "loading" | "ready" | "unavailable" } {
  const [loaded, setLoaded] = useState<{ url: string; slice: LoadedSlice | null } | null>(null);
  // Plain strings as dependencies: a new object for the same image does not load it again.
  const id = image?.id ?? null;
  const version = image?.version ?? null;
  useEffect(() => {
    if (!enabled || id === null || version === null) return;
    let live = true;
    const ref = { id, version };
    void loadSlice(ref).then((slice) => live && setLoaded({ url: imageUrl(ref, "pixels"), slice }));
    return () => {
      live = false;
    };
  }, [id, version, enabled]);
  const url = image ? imageUrl(image, "pixels") : null;
  if (!enabled || !url) return { slice: null, state: "idle" };
  if (loaded?.url !== url) return { slice: null, state: "loading" };
  return loaded.slice ? { slice: loaded.slice, state: "ready" } : { slice: null, state: "unavailable" };
}
