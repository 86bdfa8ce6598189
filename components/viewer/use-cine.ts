"use client";
// Cine: the stack played as a loop at a chosen frame rate (respecting reduced motion: it never
// starts on its own).
import { useEffect, useState } from "react";

export const CINE_RATES = [2, 5, 10, 15, 20] as const;

export function useCine(total: number, setIndex: (update: (index: number) => number) => void) {
  const [playing, setPlaying] = useState(false);
  const [fps, setFps] = useState<number>(10);
  useEffect(() => {
    if (!playing || total < 2) return;
    const timer = setInterval(() => setIndex((index) => (index + 1) % total), 1000 / fps);
    return () => clearInterval(timer);
  }, [playing, fps, total, setIndex]);
  return { playing, fps, setFps, toggle: () => setPlaying((value) => !value), stop: () => setPlaying(false) };
}
