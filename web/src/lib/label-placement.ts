// Labels for the main nodes of a drawing, placed so that none covers a node or another label: each label tries
// the positions around its node in turn and is left out when none is free (the node keeps its tooltip).

export interface Circle {
  x: number;
  y: number;
  r: number;
}

/** A rectangle by its top-left corner. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LabelRequest {
  /** Index of the labelled node in `circles`. */
  node: number;
  width: number;
  height: number;
}

export interface PlacedLabel {
  node: number;
  box: Box;
  /** Where to anchor an SVG text with text-anchor="start" and dominant-baseline="central". */
  x: number;
  y: number;
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

export function circleHitsBox(c: Circle, b: Box): boolean {
  const nx = Math.max(b.x, Math.min(c.x, b.x + b.w));
  const ny = Math.max(b.y, Math.min(c.y, b.y + b.h));
  return (c.x - nx) ** 2 + (c.y - ny) ** 2 < c.r * c.r;
}

/** The boxes a label may take around its node: right, left, above, below, then the four corners. */
function candidates(c: Circle, w: number, h: number, gap: number): Box[] {
  const d = c.r + gap;
  const diag = c.r * Math.SQRT1_2 + gap;
  return [
    { x: c.x + d, y: c.y - h / 2, w, h },
    { x: c.x - d - w, y: c.y - h / 2, w, h },
    { x: c.x - w / 2, y: c.y - d - h, w, h },
    { x: c.x - w / 2, y: c.y + d, w, h },
    { x: c.x + diag, y: c.y - diag - h, w, h },
    { x: c.x + diag, y: c.y + diag, w, h },
    { x: c.x - diag - w, y: c.y - diag - h, w, h },
    { x: c.x - diag - w, y: c.y + diag, w, h },
  ];
}

/**
 * Places the requested labels in the order given (most important first) inside `bounds`, clear of every circle
 * and of the labels already placed. Requests that find no free position are dropped.
 */
export function placeLabels(
  circles: readonly Circle[],
  requests: readonly LabelRequest[],
  bounds: { width: number; height: number },
  gap = 2,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  for (const q of requests) {
    const c = circles[q.node];
    if (!c) continue;
    const box = candidates(c, q.width, q.height, gap).find(
      (b) =>
        b.x >= 0 &&
        b.y >= 0 &&
        b.x + b.w <= bounds.width &&
        b.y + b.h <= bounds.height &&
        !circles.some((o) => circleHitsBox(o, b)) &&
        !placed.some((p) => boxesOverlap(p.box, b)),
    );
    if (box) placed.push({ node: q.node, box, x: box.x, y: box.y + box.h / 2 });
  }
  return placed;
}

/** A generous width estimate for a label in the dashboard's sans-serif face (wide for Cyrillic and capitals). */
export const labelWidth = (text: string, fontSize: number): number => text.length * fontSize * 0.62 + 2;
