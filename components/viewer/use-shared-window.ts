"use client";
// A viewer's window shared with a live conference (decision 095): a following phone's viewer
// takes each new window of the presenter (and the presenter's current one when it goes back to
// following); the presenter's viewer reports the window its Window tool shows, null without it.
import { useEffect, useRef } from "react";
import { presetOf, type ShownWindow } from "@/lib/images/window";
import type { ImageRef } from "@/lib/imaging/view";
import { useWindowLevel } from "./use-window-level";

/**
 * The viewer's window and level (use-window-level.ts) with the conference's part: `follow` is the
 * presenter's window (null: none), or undefined when the viewer's window is its own; `ownTool`:
 * the viewer's Window tool is on; `report` hears the window that tool shows. `windowed`: the
 * slice is drawn through the window (the tool is on, or the presenter has one).
 */
export function useSharedWindow(
  images: ImageRef[], index: number, modality: string | null, ownTool: boolean,
  follow: ShownWindow | null | undefined, report: ((window: ShownWindow | null) => void) | undefined,
) {
  const followed = follow ?? null;
  const windowed = ownTool || followed !== null;
  const level = useWindowLevel(images, index, windowed, modality);
  const { setWindow } = level;
  // The key says when the presenter's window changed (or the viewer went back to following).
  const followKey = follow === undefined ? "own" : follow ? `${follow.center}/${follow.width}` : "none";
  const followNow = useRef(follow);
  followNow.current = follow;
  useEffect(() => {
    const presenter = followNow.current;
    if (presenter) setWindow({ center: presenter.center, width: presenter.width });
  }, [followKey, setWindow]);

  // Reported whenever it changes: a drag repaints often, and the presenter's sender throttles.
  const own: ShownWindow | null = ownTool && level.window ? { ...level.window, preset: presetOf(level.presets, level.window)?.name ?? null } : null;
  const ownKey = own ? `${own.center}/${own.width}/${own.preset}` : "none";
  const reportNow = useRef(report);
  reportNow.current = report;
  const ownNow = useRef(own);
  ownNow.current = own;
  useEffect(() => reportNow.current?.(ownNow.current), [ownKey]);
  return { level, followed, windowed };
}
