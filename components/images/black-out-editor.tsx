"use client";
// Blacking out burned-in text on an image (issue 23 item 4, decision 092): the author drags boxes
// over the text on the full-size image (or types them, from the keyboard), optionally for every
// slice of the series, and the server overwrites those pixels in the stored data. Boxes are in the
// image's own pixels; the preview shows them black before anything is sent.
import { useRef, useState } from "react";
import { blackOutRegions } from "@/lib/imaging/actions";
import { imageUrl, type ImageView } from "@/lib/imaging/view";

type Box = { x: number; y: number; width: number; height: number };

export function BlackOutEditor({ image, alt, seriesCount, onDone, onCancel }: { image: ImageView; alt: string; seriesCount: number; onDone: () => void; onCancel: () => void }) {
  const [boxes, setBoxes] = useState<Box[]>([]);
  const [drawing, setDrawing] = useState<{ x0: number; y0: number; box: Box } | null>(null);
  const [typed, setTyped] = useState({ x: "0", y: "0", width: "", height: "" });
  const [wholeSeries, setWholeSeries] = useState(seriesCount > 1);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const frame = useRef<HTMLDivElement>(null);
  // The versioned URL: after an earlier black-out it names the new pixels (decision 094).
  const src = imageUrl(image);

  /** A pointer position in the image's own pixels. */
  const at = (event: React.PointerEvent) => {
    const rect = frame.current!.getBoundingClientRect();
    const clamp = (value: number, max: number) => Math.max(0, Math.min(max, value));
    return { x: Math.round(clamp(((event.clientX - rect.left) / rect.width) * image.width, image.width)), y: Math.round(clamp(((event.clientY - rect.top) / rect.height) * image.height, image.height)) };
  };
  const spanning = (x0: number, y0: number, x1: number, y1: number): Box => ({ x: Math.min(x0, x1), y: Math.min(y0, y1), width: Math.abs(x1 - x0), height: Math.abs(y1 - y0) });
  const percent = (box: Box) => ({ left: `${(box.x / image.width) * 100}%`, top: `${(box.y / image.height) * 100}%`, width: `${(box.width / image.width) * 100}%`, height: `${(box.height / image.height) * 100}%` });

  function addTyped(event: React.FormEvent) {
    event.preventDefault();
    const box = { x: Number(typed.x), y: Number(typed.y), width: Number(typed.width), height: Number(typed.height) };
    if (![box.x, box.y, box.width, box.height].every(Number.isFinite) || box.width < 1 || box.height < 1) return setMessage("Give the box's left and top edges and its width and height in pixels.");
    setMessage(null);
    setBoxes((current) => [...current, box]);
  }

  async function submit() {
    setPending(true);
    const result = await blackOutRegions({ imageId: image.id, boxes, wholeSeries });
    setPending(false);
    if (result.ok) onDone();
    else setMessage(result.message);
  }

  return (
    <section className="space-y-3 rounded-md border-2 border-slate-700 bg-white p-3" aria-label="Black out burned-in text" data-testid="black-out-editor">
      <p className="text-sm">Drag a box over each piece of text (names, dates, the hospital). The pixels under the boxes are overwritten on the server; the original is not kept. {image.width} x {image.height} pixels.</p>
      <div
        ref={frame}
        className="relative mx-auto w-full max-w-xl touch-none select-none bg-black"
        style={{ aspectRatio: `${image.width} / ${image.height}` }}
        onPointerDown={(event) => { const p = at(event); event.currentTarget.setPointerCapture(event.pointerId); setDrawing({ x0: p.x, y0: p.y, box: spanning(p.x, p.y, p.x, p.y) }); }}
        onPointerMove={(event) => { if (drawing) { const p = at(event); setDrawing({ ...drawing, box: spanning(drawing.x0, drawing.y0, p.x, p.y) }); } }}
        onPointerUp={() => { if (drawing && drawing.box.width >= 1 && drawing.box.height >= 1) setBoxes((current) => [...current, drawing.box]); setDrawing(null); }}
        data-testid="black-out-frame"
      >
        {/* eslint-disable-next-line @next/next/no-img-element -- authorized, private image */}
        <img src={src} alt={alt} className="pointer-events-none size-full object-contain" draggable={false} />
        {[...boxes, ...(drawing ? [drawing.box] : [])].map((box, index) => <span key={index} className="absolute bg-black outline outline-2 outline-amber-400" style={percent(box)} />)}
      </div>
      <form className="flex flex-wrap items-end gap-2 text-sm" onSubmit={addTyped} aria-label="Add a box by its pixels">
        {(["x", "y", "width", "height"] as const).map((key) => (
          <label key={key} className="w-20">{{ x: "Left", y: "Top", width: "Width", height: "Height" }[key]}
            <input type="number" min={0} inputMode="numeric" className="field-input py-1" value={typed[key]} onChange={(event) => setTyped({ ...typed, [key]: event.target.value })} />
          </label>
        ))}
        <button type="submit" className="btn-secondary py-1">Add box</button>
      </form>
      {boxes.length ? (
        <ul className="flex flex-wrap gap-2 text-xs" aria-label="Boxes">
          {boxes.map((box, index) => (
            <li key={index} className="rounded bg-slate-100 px-2 py-1">
              {box.width} x {box.height} at {box.x}, {box.y}{" "}
              <button type="button" className="underline" onClick={() => setBoxes(boxes.filter((_, other) => other !== index))} aria-label={`Remove box ${index + 1}`}>remove</button>
            </li>
          ))}
        </ul>
      ) : null}
      {seriesCount > 1 ? (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" className="size-4" checked={wholeSeries} onChange={(event) => setWholeSeries(event.target.checked)} />
          The same boxes on every slice of this series ({seriesCount} images of this size)
        </label>
      ) : null}
      {message ? <p className="text-sm text-red-700" role="alert">{message}</p> : null}
      <div className="flex flex-wrap gap-2">
        <button type="button" className="btn-primary" disabled={pending || boxes.length === 0} onClick={() => void submit()}>{pending ? "Blacking out…" : `Black out ${boxes.length === 1 ? "1 box" : `${boxes.length} boxes`}`}</button>
        <button type="button" className="btn-ghost" onClick={onCancel}>Cancel</button>
      </div>
    </section>
  );
}
