"use client";
// Marks drawn over a slice as SVG in the image's own pixel coordinates, so they follow zoom and
// pan with the image and are never part of its pixels. Each mark has a text alternative.
import type { AnnotationView } from "@/lib/annotations/view";

const STROKE = "#facc15";

export function describeMark(mark: AnnotationView): string {
  const what = mark.kind === "arrow" ? "Arrow" : mark.kind === "circle" ? "Circle" : "Label";
  return mark.text ? `${what}: ${mark.text}` : what;
}

export function AnnotationLayer({ marks, width, height, onSelect, selectedId }: { marks: AnnotationView[]; width: number; height: number; onSelect?: (id: string) => void; selectedId?: string | null }) {
  // Line widths and type scale with the image so a mark reads the same on a 256 or 1024 px slice.
  const unit = Math.max(width, height) / 256;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="xMidYMid meet" className="pointer-events-none absolute inset-0 h-full w-full" role="group" aria-label={`${marks.length} mark${marks.length === 1 ? "" : "s"} on this slice`}>
      <defs>
        <marker id="rounds-arrowhead" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="4" markerHeight="4" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" fill={STROKE} />
        </marker>
      </defs>
      {marks.map((mark) => {
        const selected = mark.id === selectedId;
        const common = { stroke: STROKE, strokeWidth: (selected ? 2.5 : 1.5) * unit, fill: "none", className: onSelect ? "pointer-events-auto cursor-pointer" : undefined, onClick: onSelect ? () => onSelect(mark.id) : undefined };
        const g = mark.geometry as Record<string, number>;
        return (
          <g key={mark.id} data-testid="annotation">
            <title>{describeMark(mark)}</title>
            {mark.kind === "arrow" ? <line x1={g.x1} y1={g.y1} x2={g.x2} y2={g.y2} markerEnd="url(#rounds-arrowhead)" {...common} /> : null}
            {mark.kind === "circle" ? <circle cx={g.cx} cy={g.cy} r={g.r} {...common} /> : null}
            {mark.text ? (
              <text
                x={mark.kind === "arrow" ? g.x1 : mark.kind === "circle" ? g.cx! + g.r! : g.x}
                y={mark.kind === "arrow" ? g.y1 : mark.kind === "circle" ? g.cy! - g.r! : g.y}
                fill={STROKE}
                stroke="#000"
                strokeWidth={0.6 * unit}
                paintOrder="stroke"
                fontSize={9 * unit}
                fontFamily="system-ui, sans-serif"
              >
                {mark.text}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
