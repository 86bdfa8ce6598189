"use client";
// The stack viewer, loaded on first use without a Suspense boundary. next/dynamic suspends, and
// React keeps a boundary's fallback on screen for at least 300 ms (its fallback throttle) before it
// reveals the content: most of the viewer's 500 ms first-slice budget, spent waiting on a chunk that
// arrived in 15 ms. Here the code is fetched when a reader points at, touches or focuses a series'
// button (`preloadStackViewer`), and the viewer renders as soon as it is there.
import { useEffect, useState, type ComponentType } from "react";
import type { StackViewerProps } from "./stack-viewer";

let loading: Promise<ComponentType<StackViewerProps>> | null = null;
let loaded: ComponentType<StackViewerProps> | null = null;

/** Starts fetching the viewer's code (once; again after a failure). */
export function preloadStackViewer(): Promise<ComponentType<StackViewerProps>> {
  loading ??= import("./stack-viewer").then(
    (module) => (loaded = module.default),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

export function LazyStackViewer(props: StackViewerProps) {
  const [Viewer, setViewer] = useState<ComponentType<StackViewerProps> | null>(() => loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!Viewer) preloadStackViewer().then((component) => setViewer(() => component), () => setFailed(true));
  }, [Viewer]);
  if (Viewer) return <Viewer {...props} />;
  return (
    <p className="rounded-lg bg-slate-950 p-6 text-sm text-slate-300" role="status">
      {failed ? "The viewer could not be loaded: check the connection and reload the page." : "Loading the viewer…"}
    </p>
  );
}
