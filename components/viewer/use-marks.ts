"use client";
// A series' marks (GET /api/series/[id]/annotations), whether this viewer may place them, and
// placing/removing them through the annotation actions.
import { useCallback, useEffect, useState } from "react";
import { addAnnotation, deleteAnnotation } from "@/lib/annotations/actions";
import type { AnnotationView } from "@/lib/annotations/view";

export type NewMark =
  | { kind: "arrow"; geometry: { x1: number; y1: number; x2: number; y2: number } }
  | { kind: "circle"; geometry: { cx: number; cy: number; r: number } }
  | { kind: "label"; geometry: { x: number; y: number } };

export function useMarks(seriesId: string) {
  const [byImage, setByImage] = useState<Record<string, AnnotationView[]>>({});
  const [canAnnotate, setCanAnnotate] = useState(false);
  const [error, setError] = useState<{ message: string; identifiers: boolean } | null>(null);

  const refresh = useCallback(async () => {
    const response = await fetch(`/api/series/${encodeURIComponent(seriesId)}/annotations`, { credentials: "same-origin" }).catch(() => null);
    if (!response?.ok) return;
    const body = (await response.json()) as { data: { marks: Record<string, AnnotationView[]>; canAnnotate: boolean } };
    setByImage(body.data.marks);
    setCanAnnotate(body.data.canAnnotate);
  }, [seriesId]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const place = async (imageId: string, mark: NewMark, options: { text: string; secret: boolean; confirmed: boolean }) => {
    const result = await addAnnotation({ imageId, ...mark, text: options.text, secret: options.secret, identifiersConfirmed: options.confirmed });
    if (!result.ok) {
      setError({ message: [result.message, ...Object.values(result.fieldErrors ?? {}).flat()].join(" "), identifiers: result.code === "identifiers_found" });
      return false;
    }
    setError(null);
    await refresh();
    return true;
  };

  const remove = async (annotationId: string) => {
    const result = await deleteAnnotation({ annotationId });
    if (!result.ok) setError({ message: result.message, identifiers: false });
    await refresh();
  };

  return { byImage, canAnnotate, error, place, remove };
}
