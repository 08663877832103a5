import { describe, expect, it } from 'vitest';
import { rect } from '../helpers/synthetic-geometry.js';
import { landBordersOf, seaProximityOf, shapesOf } from '../../src/dataset/land-borders-of.js';
import { readBundled } from '../../src/dataset/read-bundled.js';
import { deriveLandBorders } from '../../src/geo/land-borders.js';
import { LandRaster } from '../../src/geo/land-raster.js';
import { ringsOf } from '../../src/geo/rings.js';
import { deriveSeaProximity } from '../../src/geo/sea-proximity.js';
import { VertexMap } from '../../src/geo/vertex-map.js';

// db build derives land borders and sea proximity for two universes; indexes that depend on the countries (or on
// one universe's regions) are built once and shared between those four derivations. Sharing must not change them.
describe('indexes shared between derivations', () => {
  const data = readBundled();
  // Fresh copies of the shapes: nothing built for the bundled arrays can be reused for them.
  const fresh = (universe: 'all' | 'iso') => structuredClone(shapesOf(data, universe));

  it('land borders and sea proximity of both universes are what a derivation from scratch gives', () => {
    const shared = {
      borders: { all: landBordersOf(data, 'all'), iso: landBordersOf(data, 'iso') },
      sea: { all: seaProximityOf(data, 'all'), iso: seaProximityOf(data, 'iso') },
    };
    for (const universe of ['iso', 'all'] as const) {
      const { regions, countries } = fresh(universe);
      expect(shared.borders[universe]).toEqual(deriveLandBorders(regions, countries));
      const again = fresh(universe);
      expect(shared.sea[universe]).toEqual(deriveSeaProximity(again.regions, again.countries));
    }
    // The universes differ, so each result is its own (not one universe's answer served for both).
    expect(shared.borders.all).not.toEqual(shared.borders.iso);
    expect(shared.sea.all).not.toEqual(shared.sea.iso);
  });

  it('a land raster with rings added to a copy equals the raster of all the rings at once', () => {
    // Synthetic rectangles near 50°N, overlapping so that even-odd toggling matters.
    const a = ringsOf(rect(0, 50, 2, 2));
    const b = ringsOf(rect(1, 51, 2, 2));
    const base = new LandRaster(a, 0.25, 45, 55);
    const both = base.with(b);
    const direct = new LandRaster([...b, ...a], 0.25, 45, 55);
    for (let x = -1; x < 4; x += 0.1)
      for (let y = 49; y < 54; y += 0.1) expect(both.isLand([x, y])).toBe(direct.isLand([x, y]));
    // The copy leaves the original as it was.
    expect(base.isLand([2.5, 52.5])).toBe(false);
    expect(both.isLand([2.5, 52.5])).toBe(true);
  });
});

describe('VertexMap', () => {
  it('keys points by their exact coordinates, −0 as 0, through growth', () => {
    const m = new VertexMap<number>();
    for (let i = 0; i < 5000; i++) m.set([i * 0.1, -i / 3], i);
    for (let i = 0; i < 5000; i++) expect(m.get([i * 0.1, -i / 3])).toBe(i);
    expect(m.get([0.1, -1 / 3 + 1e-15])).toBeUndefined();
    m.set([-0, 7], 1);
    expect(m.get([0, 7])).toBe(1);
    m.set([0, 7], 2);
    expect(m.get([-0, 7])).toBe(2);
  });
});
