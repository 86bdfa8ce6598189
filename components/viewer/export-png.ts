"use client";
// A slice with its marks as a PNG for slides: drawn on a canvas at the image's own size (the image
// is same-origin, so the canvas stays exportable), the marks drawn as the overlay shows them.
import type { AnnotationView } from "@/lib/annotations/view";

const STROKE = "#facc15";

function drawMark(context: CanvasRenderingContext2D, mark: AnnotationView, unit: number) {
  const g = mark.geometry as Record<string, number>;
  context.strokeStyle = STROKE;
  context.fillStyle = STROKE;
  context.lineWidth = 1.5 * unit;
  if (mark.kind === "arrow") {
    const angle = Math.atan2(g.y2! - g.y1!, g.x2! - g.x1!);
    context.beginPath();
    context.moveTo(g.x1!, g.y1!);
    context.lineTo(g.x2!, g.y2!);
    context.stroke();
    const head = 6 * unit;
    context.beginPath();
    context.moveTo(g.x2!, g.y2!);
    context.lineTo(g.x2! - head * Math.cos(angle - 0.45), g.y2! - head * Math.sin(angle - 0.45));
    context.lineTo(g.x2! - head * Math.cos(angle + 0.45), g.y2! - head * Math.sin(angle + 0.45));
    context.closePath();
    context.fill();
  } else if (mark.kind === "circle") {
    context.beginPath();
    context.arc(g.cx!, g.cy!, g.r!, 0, Math.PI * 2);
    context.stroke();
  }
  if (mark.text) {
    const [x, y] = mark.kind === "arrow" ? [g.x1!, g.y1!] : mark.kind === "circle" ? [g.cx! + g.r!, g.cy! - g.r!] : [g.x!, g.y!];
    context.font = `${Math.round(9 * unit)}px system-ui, sans-serif`;
    context.lineWidth = 0.6 * unit;
    context.strokeStyle = "#000";
    context.strokeText(mark.text, x, y);
    context.fillText(mark.text, x, y);
  }
}

/** Draws `source` (an image URL, or a canvas already windowed) with `marks` and downloads it as `fileName`. */
export async function exportSlicePng(source: string | HTMLCanvasElement, size: { width: number; height: number }, marks: AnnotationView[], fileName: string): Promise<void> {
  const canvas = document.createElement("canvas");
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext("2d")!;
  if (typeof source === "string") {
    const image = new Image();
    image.src = source;
    await image.decode();
    context.drawImage(image, 0, 0, size.width, size.height);
  } else {
    context.drawImage(source, 0, 0, size.width, size.height);
  }
  const unit = Math.max(size.width, size.height) / 256;
  for (const mark of marks) drawMark(context, mark, unit);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (!blob) return;
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1_000);
}
