// Sequential colour classes for the choropleth. Quantile breaks over the distinct observed values, because
// activity counts are heavy-tailed (Moscow and St Petersburg dwarf the rest) and a linear scale would paint
// almost every region the same colour.
export const PALETTE = ['#eef3f8', '#c6d9ec', '#8fb5d9', '#4f87bf', '#24578f', '#0d2f5a'];

export interface ColorScale {
  breaks: number[];
  color: (v: number | null | undefined) => string | null;
  /** Legend entries; one with a label (e.g. "0 — no channel") is shown by its label. */
  classes: { from: number; to: number; color: string; label?: string }[];
}

/** Zero's own colour: a count of nothing is not the lowest band of something. */
export const ZERO_COLOR = '#f2ede3';

/** `scale` (built over the non-zero values) with 0 as a class of its own, first in the legend. */
export function withZeroClass(scale: ColorScale, label: string): ColorScale {
  return {
    breaks: scale.breaks,
    classes: [{ from: 0, to: 0, color: ZERO_COLOR, label }, ...scale.classes],
    color: (v) => (v === 0 ? ZERO_COLOR : scale.color(v)),
  };
}

export function colorScale(values: (number | null | undefined)[]): ColorScale {
  const xs = values
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
    .sort((a, b) => a - b);
  const distinct = [...new Set(xs)];
  const n = Math.min(PALETTE.length, distinct.length);
  const breaks: number[] = [];
  for (let i = 1; i < n; i++) {
    const q = xs[Math.floor((i / n) * (xs.length - 1))]!;
    if (!breaks.includes(q) && q !== xs[xs.length - 1]) breaks.push(q);
  }
  const palette =
    breaks.length + 1 >= PALETTE.length ? PALETTE : PALETTE.slice(PALETTE.length - breaks.length - 1);
  const classIndex = (v: number) => {
    let i = 0;
    while (i < breaks.length && v > breaks[i]!) i++;
    return i;
  };
  const classes = palette.map((color, i) => ({
    from: i === 0 ? (xs[0] ?? 0) : breaks[i - 1]!,
    to: i === breaks.length ? (xs[xs.length - 1] ?? 0) : breaks[i]!,
    color,
  }));
  return {
    breaks,
    classes,
    color: (v) => (typeof v === 'number' && Number.isFinite(v) ? palette[classIndex(v)]! : null),
  };
}

/**
 * Colours of the activity classes, told apart with every common colour-vision deficiency (checked by simulating
 * deuteranopia and protanopia in test/web): activity in blues by lightness, unused potential in orange, the low
 * classes pale.
 */
export const CLASS_COLOURS: Record<string, string> = {
  leaders: '#08306b',
  active: '#4a98d3',
  untapped_potential: '#e69f00',
  moderate: '#9ec9ea',
  low_activity: '#f7dc9c',
  low_potential: '#e0e0e0',
};
const OTHER_CLASS_COLOURS = ['#009e73', '#cc79a7', '#56b4e9', '#d55e00'];

/** A fixed colour per class, for values n − i (i = the class's place in `ids`, so the first class is highest). */
export function categoryScale(ids: readonly string[]): ColorScale {
  const n = ids.length;
  const color = (v: number | null | undefined) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return null;
    const i = n - v;
    const id = ids[i];
    return id === undefined
      ? null
      : (CLASS_COLOURS[id] ?? OTHER_CLASS_COLOURS[i % OTHER_CLASS_COLOURS.length]!);
  };
  return { breaks: [], classes: [], color };
}
