import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir } from '../../src/dataset/data-dir.js';
import { deriveGeometry } from '../../src/dataset/derived-geometry.js';
import { readBundled } from '../../src/dataset/read-bundled.js';
import {
  geometryInputsOf,
  geometryKey,
  readShippedGeometry,
  SHIPPED_GEOMETRY_FILE,
  shippedGeometryText,
} from '../../src/dataset/shipped-geometry.js';

// db build reads land borders and sea proximity from data/ instead of deriving them. The file must be exactly what
// the code derives from the bundled geometry: a change to the geometry or to the derivation fails here until
// `npm run data:geometry` writes it again.
describe('shipped derived geometry', () => {
  const dir = dataDir();
  const regenerate = 'run `npm run data:geometry`';

  it('was derived from the bundled inputs, so db build reads it', () => {
    const key = geometryKey(geometryInputsOf(dir));
    expect(readShippedGeometry(dir, key), regenerate).not.toBeNull();
  });

  it('is, byte for byte, what the derivation gives from the bundled geometry (both universes)', () => {
    const again = shippedGeometryText(geometryInputsOf(dir), deriveGeometry(readBundled(dir)));
    expect(readFileSync(join(dir, SHIPPED_GEOMETRY_FILE), 'utf8'), regenerate).toBe(again);
  });

  it('is not used for other inputs, another derivation version or options', () => {
    const inputs = geometryInputsOf(dir);
    const other = { ...inputs, 'country-codes/country-codes.csv': '0'.repeat(64) };
    expect(readShippedGeometry(dir, geometryKey(other))).toBeNull();
    expect(readShippedGeometry(join(dir, 'no-such-folder'), geometryKey(inputs))).toBeNull();
  });

  it('reads back as the derived values, numbers exact', () => {
    const shipped = readShippedGeometry(dir, geometryKey(geometryInputsOf(dir)))!;
    const parsed = JSON.parse(readFileSync(join(dir, SHIPPED_GEOMETRY_FILE), 'utf8')) as {
      landBorders: unknown;
      seaProximity: unknown;
    };
    expect(shipped).toEqual({ landBorders: parsed.landBorders, seaProximity: parsed.seaProximity });
    // Both universes, and they differ (Rostov borders Ukraine only in the ISO universe).
    const rostov = (u: 'all' | 'iso') =>
      shipped.landBorders[u].filter((b) => b.regionId === 'RU-ROS').map((b) => b.countryId);
    expect(rostov('iso')).toEqual(['UA']);
    expect(rostov('all')).toEqual([]);
  });
});

describe('Åland in the derived geometry (real outlines)', () => {
  it("counts Åland's coast as Finland's: no border or sea tie names AX, and Leningrad oblast faces Finland", () => {
    const g = deriveGeometry(readBundled(dataDir()));
    for (const u of ['all', 'iso'] as const) {
      expect([...g.landBorders[u], ...g.seaProximity[u]].filter((x) => x.countryId === 'AX')).toEqual([]);
      // Before the merge, Åland was a separate neighbour of RU-LEN, RU-SPE and RU-KGD across the Baltic.
      expect(g.seaProximity[u].find((x) => x.regionId === 'RU-LEN' && x.countryId === 'FI')).toBeDefined();
    }
  });
});
