import { describe, expect, it } from 'vitest';
import { CLASS_COLOURS, categoryScale } from '../../web/src/lib/color-scale.js';

// Colour-vision deficiency simulation: Machado, Oliveira & Fernandes (2009), severity 1.0, on linear sRGB;
// differences as CIE76 ΔE in CIELAB (D65). Written here as the independent reference.
const MACHADO = {
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
};
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
function lab(hex: string, m: number[][]): [number, number, number] {
  const rgb = [1, 3, 5].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16) / 255));
  const sim = m.map((row) =>
    Math.min(1, Math.max(0, row[0]! * rgb[0]! + row[1]! * rgb[1]! + row[2]! * rgb[2]!)),
  );
  const [r, g, b] = sim as [number, number, number];
  const xyz = [
    (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
    0.2126 * r + 0.7152 * g + 0.0722 * b,
    (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
  ].map((t) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116));
  return [116 * xyz[1]! - 16, 500 * (xyz[0]! - xyz[1]!), 200 * (xyz[1]! - xyz[2]!)];
}
const deltaE = (a: string, b: string, m: number[][]) => {
  const [p, q] = [lab(a, m), lab(b, m)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
};

describe('activity class colours (issue 13, finding 8)', () => {
  it('the reference reproduces known values: white L* 100, black 0; a pure red loses its hue under protanopia', () => {
    expect(lab('#ffffff', MACHADO.normal)[0]).toBeCloseTo(100, 3);
    expect(lab('#000000', MACHADO.normal)[0]).toBeCloseTo(0, 3);
    expect(deltaE('#ff0000', '#808000', MACHADO.protanopia)).toBeLessThan(
      deltaE('#ff0000', '#808000', MACHADO.normal),
    );
  });

  it('every two classes differ clearly with normal vision, deuteranopia and protanopia (ΔE ≥ 15)', () => {
    const ids = Object.keys(CLASS_COLOURS);
    const worst: string[] = [];
    for (const [vision, m] of Object.entries(MACHADO))
      for (let i = 0; i < ids.length; i++)
        for (let j = i + 1; j < ids.length; j++) {
          const d = deltaE(CLASS_COLOURS[ids[i]!]!, CLASS_COLOURS[ids[j]!]!, m);
          if (d < 15) worst.push(`${vision}: ${ids[i]} vs ${ids[j]} ΔE ${d.toFixed(1)}`);
        }
    expect(worst).toEqual([]);
    // The pair the issue names: far apart even for a deuteranope.
    expect(deltaE(CLASS_COLOURS.leaders!, CLASS_COLOURS.active!, MACHADO.deuteranopia)).toBeGreaterThan(25);
  });

  it('each class of the typology gets its own colour; a missing class stays uncoloured', () => {
    const ids = ['leaders', 'active', 'untapped_potential', 'moderate', 'low_activity', 'low_potential'];
    const s = categoryScale(ids);
    const colours = ids.map((_, i) => s.color(ids.length - i));
    expect(new Set(colours).size).toBe(ids.length);
    expect(colours[0]).toBe(CLASS_COLOURS.leaders);
    expect(s.color(null)).toBeNull();
  });
});
