// The shape a mark is sent to the browser in. Types only: client components import it.
export type AnnotationGeometry =
  | { x1: number; y1: number; x2: number; y2: number }
  | { cx: number; cy: number; r: number }
  | { x: number; y: number };

export interface AnnotationView {
  id: string;
  kind: "arrow" | "circle" | "label";
  geometry: AnnotationGeometry;
  text: string;
  secret: boolean;
}
