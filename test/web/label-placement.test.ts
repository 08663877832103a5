import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/engine/random/mulberry32.js';
import {
  boxesOverlap,
  circleHitsBox,
  placeLabels,
  type Box,
  type Circle,
} from '../../web/src/lib/label-placement.js';

// Synthetic nodes, written in the test (issue 13, finding 6: no label over another node).
describe('labels of the main nodes (network view)', () => {
  it('tells circles and boxes that touch from ones that do not', () => {
    const b: Box = { x: 10, y: 10, w: 20, h: 10 };
    expect(circleHitsBox({ x: 5, y: 15, r: 6 }, b)).toBe(true);
    expect(circleHitsBox({ x: 5, y: 15, r: 4 }, b)).toBe(false);
    // Near a corner: the distance to the corner counts, not to the sides' lines.
    expect(circleHitsBox({ x: 6, y: 6, r: 5 }, b)).toBe(false);
    expect(boxesOverlap(b, { x: 29, y: 19, w: 5, h: 5 })).toBe(true);
    expect(boxesOverlap(b, { x: 30, y: 10, w: 5, h: 5 })).toBe(false);
  });

  it('moves a label off a neighbouring node, and drops one with no free position', () => {
    const circles: Circle[] = [
      { x: 50, y: 50, r: 5 },
      // A node right of the first: its label goes to the left instead.
      { x: 70, y: 50, r: 5 },
    ];
    const [a] = placeLabels(circles, [{ node: 0, width: 30, height: 10 }], { width: 200, height: 200 });
    expect(a!.box.x + a!.box.w).toBeLessThanOrEqual(45);
    // Hemmed in by the frame on every side: left out.
    expect(
      placeLabels([{ x: 10, y: 10, r: 5 }], [{ node: 0, width: 40, height: 12 }], { width: 22, height: 22 }),
    ).toEqual([]);
  });

  it('on a crowded random drawing, no placed label covers a node or another label', () => {
    const rand = mulberry32(3);
    const circles: Circle[] = Array.from({ length: 200 }, () => ({
      x: rand() * 600,
      y: rand() * 400,
      r: 2 + rand() * 10,
    }));
    const requests = circles.slice(0, 30).map((_, i) => ({ node: i, width: 40 + rand() * 60, height: 12 }));
    const placed = placeLabels(circles, requests, { width: 600, height: 400 });
    expect(placed.length).toBeGreaterThan(0);
    for (const p of placed) {
      for (const c of circles) expect(circleHitsBox(c, p.box)).toBe(false);
      for (const q of placed) if (q !== p) expect(boxesOverlap(p.box, q.box)).toBe(false);
      expect(p.box.x).toBeGreaterThanOrEqual(0);
      expect(p.box.x + p.box.w).toBeLessThanOrEqual(600);
    }
  });
});
