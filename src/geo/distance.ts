const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Great-circle distance in km between two [lon, lat] points. */
export function haversineKm(a: readonly number[], b: readonly number[]): number {
  const dLat = (b[1]! - a[1]!) * RAD;
  const dLon = (b[0]! - a[0]!) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1]! * RAD) * Math.cos(b[1]! * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Distance in km from point p to segment ab, on a local equirectangular plane centred on p: exact enough for the
 * few-kilometre tolerances used to match boundaries (error well under 1 % at these distances).
 */
export function pointSegmentKm(p: readonly number[], a: readonly number[], b: readonly number[]): number {
  return pointSegmentKmXY(p[0]!, p[1]!, a[0]!, a[1]!, b[0]!, b[1]!);
}

/** `pointSegmentKm` on plain coordinates (for indexes that keep segments in typed arrays). */
export function pointSegmentKmXY(
  px: number,
  py: number,
  ax0: number,
  ay0: number,
  bx0: number,
  by0: number,
): number {
  const kx = Math.cos(py * RAD) * RAD * EARTH_RADIUS_KM;
  const ky = RAD * EARTH_RADIUS_KM;
  const ax = (ax0 - px) * kx;
  const ay = (ay0 - py) * ky;
  const bx = (bx0 - px) * kx;
  const by = (by0 - py) * ky;
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}
