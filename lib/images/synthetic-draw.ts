// Drawing for the synthetic demo images: a stylised sagittal foot on STIR-like intensities, made
// of ellipses and tapered capsules, and a 5x7 bitmap font for the "SYNTHETIC" label. Everything
// here is computed; no image is read from anywhere.

/** A shape answers "how far inside am I" as 1 at its core, 0 outside, soft in between. */
type Shape = (x: number, y: number) => number;

const smooth = (edge: number, depth: number) => Math.max(0, Math.min(1, depth / edge));

export function ellipse(cx: number, cy: number, rx: number, ry: number, edge = 0.08): Shape {
  // Math.sqrt rather than Math.hypot: this runs for every pixel of every slice, and hypot is slow.
  return (x, y) => {
    const u = (x - cx) / rx;
    const v = (y - cy) / ry;
    if (u > 1 || u < -1 || v > 1 || v < -1) return 0; // outside the bounding box: skip the root
    return smooth(edge, 1 - Math.sqrt(u * u + v * v));
  };
}

/** A segment from (x1,y1) to (x2,y2) thickened from radius r1 to r2. */
export function capsule(x1: number, y1: number, x2: number, y2: number, r1: number, r2: number, edge = 0.15): Shape {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const lengthSquared = dx * dx + dy * dy;
  const reach = Math.max(r1, r2);
  const [left, right] = [Math.min(x1, x2) - reach, Math.max(x1, x2) + reach];
  const [top, bottom] = [Math.min(y1, y2) - reach, Math.max(y1, y2) + reach];
  return (x, y) => {
    if (x < left || x > right || y < top || y > bottom) return 0;
    const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / lengthSquared));
    const radius = r1 + (r2 - r1) * t;
    const ex = x - (x1 + t * dx);
    const ey = y - (y1 + t * dy);
    const distance = Math.sqrt(ex * ex + ey * ey);
    return smooth(edge, 1 - distance / radius);
  };
}

/** Deterministic noise, so the same options always draw the same pixels (mulberry32). */
export function seededRandom(seed: string): () => number {
  let state = 0x9e3779b9;
  for (const character of seed) state = Math.imul(state ^ character.charCodeAt(0), 0x85ebca6b) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const GLYPHS: Record<string, string[]> = {
  S: [" ####", "#    ", "#    ", " ### ", "    #", "    #", "#### "],
  Y: ["#   #", "#   #", " # # ", "  #  ", "  #  ", "  #  ", "  #  "],
  N: ["#   #", "##  #", "# # #", "# # #", "#  ##", "#   #", "#   #"],
  T: ["#####", "  #  ", "  #  ", "  #  ", "  #  ", "  #  ", "  #  "],
  H: ["#   #", "#   #", "#   #", "#####", "#   #", "#   #", "#   #"],
  E: ["#####", "#    ", "#    ", "#### ", "#    ", "#    ", "#####"],
  I: [" ### ", "  #  ", "  #  ", "  #  ", "  #  ", "  #  ", " ### "],
  C: [" ####", "#    ", "#    ", "#    ", "#    ", "#    ", " ####"],
  " ": ["     ", "     ", "     ", "     ", "     ", "     ", "     "],
};

/** Burns `text` (letters of "SYNTHETIC") into the pixels at (left, top), `scale` pixels a dot. */
export function burnText(pixels: Uint16Array, width: number, text: string, left: number, top: number, scale: number, value: number): void {
  [...text].forEach((character, index) => {
    const glyph = GLYPHS[character];
    if (!glyph) throw new Error(`no glyph for ${character}`);
    glyph.forEach((row, rowIndex) =>
      [...row].forEach((dot, columnIndex) => {
        if (dot !== "#") return;
        for (let dy = 0; dy < scale; dy++)
          for (let dx = 0; dx < scale; dx++) {
            const x = left + (index * 6 + columnIndex) * scale + dx;
            const y = top + rowIndex * scale + dy;
            if (x < width && y * width + x < pixels.length) pixels[y * width + x] = value;
          }
      }),
    );
  });
}

/** STIR-like intensities: fluid and oedema bright, fat-suppressed marrow dark, cortex darker. */
export const INTENSITY = { noise: 30, softTissue: 700, marrow: 260, cortex: 60, oedema: 2300, label: 3000 } as const;

/** Metatarsal rays across the foot, medial (1st) to lateral (5th), in slice units -1..1. */
const RAYS = [-0.6, -0.3, 0, 0.3, 0.6];
const RAY_HALF_WIDTH = 0.13;

/**
 * The drawing of one slice at lateral position `t` (-1 medial edge, 0 middle, 1 lateral edge), as a
 * function of normalised image coordinates (x heel -> toes, y top -> bottom). `oedema` (0..1) sizes
 * the bright marrow-oedema region in the 2nd metatarsal shaft. Shapes are built once per slice.
 */
export function footSlice(t: number, oedema: number): (x: number, y: number) => number {
  const across = Math.max(0, 1 - t * t); // the foot is narrower towards its edges
  const tissue: Shape[] = [
    ellipse(0.31, 0.2, 0.11 * (0.6 + 0.4 * across), 0.32), // ankle and lower leg
    ellipse(0.28, 0.55, 0.2 * (0.7 + 0.3 * across), 0.17), // hindfoot and heel pad
    capsule(0.32, 0.52, 0.93, 0.69, 0.15 * (0.5 + 0.5 * across), 0.07 * (0.5 + 0.5 * across)), // mid and forefoot
  ];
  const bones: Shape[] = [];
  if (Math.abs(t) < 0.35) bones.push(ellipse(0.32, 0.12, 0.055, 0.26, 0.25)); // tibia
  if (Math.abs(t) < 0.6) bones.push(ellipse(0.25, 0.58, 0.13 * across, 0.09, 0.2)); // calcaneus
  if (Math.abs(t) < 0.45) bones.push(ellipse(0.35, 0.42, 0.08, 0.06, 0.2), ellipse(0.47, 0.45, 0.04, 0.045, 0.25)); // talus, navicular
  if (Math.abs(t) < 0.75) bones.push(ellipse(0.56, 0.5, 0.045, 0.045, 0.25)); // cuneiform / cuboid
  let oedemaRegion: Shape | null = null;
  for (const [index, ray] of RAYS.entries()) {
    const offset = Math.abs(t - ray);
    if (offset >= RAY_HALF_WIDTH) continue;
    const thickness = Math.sqrt(1 - (offset / RAY_HALF_WIDTH) ** 2);
    if (thickness < 0.2) continue; // grazing the bone's edge: too thin to draw
    bones.push(capsule(0.6, 0.53, 0.83, 0.64, 0.034 * thickness, 0.024 * thickness, 0.35)); // metatarsal
    bones.push(ellipse(0.84, 0.645, 0.028 * thickness, 0.032 * thickness, 0.35)); // its head
    bones.push(capsule(0.87, 0.655, 0.95, 0.68, 0.015 * thickness, 0.012 * thickness, 0.4)); // phalanges
    if (index === 1 && oedema > 0) {
      const reach = 0.3 + 0.7 * oedema;
      const through = Math.max(0, 1 - Math.abs(t - ray) / (0.08 + 0.05 * oedema));
      const region = ellipse(0.71, 0.585, 0.1 * reach, 0.045 * reach, 0.6);
      oedemaRegion = (x, y) => region(x, y) * through;
    }
  }
  return (x, y) => {
    let soft = 0;
    for (const shape of tissue) soft = Math.max(soft, shape(x, y));
    if (soft === 0) return 0;
    let value = INTENSITY.softTissue * soft;
    let bone = 0;
    for (const shape of bones) bone = Math.max(bone, shape(x, y));
    // Cortex is the bone's rim (low depth), marrow its core.
    if (bone > 0) value = value * (1 - bone) + (bone < 0.5 ? INTENSITY.cortex : INTENSITY.marrow) * bone;
    if (oedemaRegion) {
      // Bright in the marrow, fainter in the soft tissue around it (periosteal oedema).
      const region = oedemaRegion(x, y) * (bone > 0.5 ? 1 : 0.35);
      value += (INTENSITY.oedema - value) * region;
    }
    return value;
  };
}
