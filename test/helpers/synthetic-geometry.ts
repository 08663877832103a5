// SYNTHETIC TEST GEOMETRY, made here for the tests: axis-aligned lon/lat rectangles whose borders and distances are
// known by construction. Not real data.
import type { Polygon } from 'geojson';

/** A rectangle from (x, y) spanning w degrees of longitude and h of latitude. */
export const rect = (x: number, y: number, w = 1, h = 1): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + w, y],
      [x + w, y + h],
      [x, y + h],
      [x, y],
    ],
  ],
});
