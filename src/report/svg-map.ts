import type { Topology } from 'topojson-specification';
import { projectRegions } from '../geo/project-regions.js';
import { esc } from './html.js';

const PALETTE = ['#eef3f8', '#c6d9ec', '#8fb5d9', '#4f87bf', '#24578f', '#0d2f5a'];

/** A static SVG choropleth for reports: quantile classes, missing hatched, one region optionally outlined. */
export function svgMap(topology: Topology, values: Map<string, number | null>, highlight?: string): string {
  const W = 960;
  const H = 540;
  const shapes = projectRegions(topology, W, H);
  const xs = [...values.values()]
    .filter((v): v is number => v !== null && Number.isFinite(v))
    .sort((a, b) => a - b);
  const q = (p: number) => xs[Math.floor(p * (xs.length - 1))] ?? 0;
  const breaks = [0.2, 0.4, 0.6, 0.8].map(q);
  const colour = (v: number | null | undefined) => {
    if (v === null || v === undefined || !Number.isFinite(v)) return 'url(#missing)';
    let i = 0;
    while (i < breaks.length && v > breaks[i]!) i++;
    return PALETTE[i + 1]!;
  };
  const paths = shapes
    .map((s) => {
      const inUniverse = values.has(s.iso);
      return `<path d="${s.d}" fill="${inUniverse ? colour(values.get(s.iso)) : '#fafafa'}" stroke="${s.iso === highlight ? '#d2372b' : '#fff'}" stroke-width="${s.iso === highlight ? 2.5 : 0.6}"><title>${esc(s.iso)}</title></path>`;
    })
    .join('');
  return `<svg class="map" viewBox="0 0 ${W} ${H}" xmlns="http://www.w3.org/2000/svg"><defs><pattern id="missing" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f4f4f4"/><line x1="0" y1="0" x2="0" y2="6" stroke="#b9b9b9" stroke-width="2"/></pattern></defs>${paths}</svg>`;
}
