import { isConsularPost } from '../dataset/tie-indicators.js';
import type { TieRow } from '../store/rows.js';
import type { Channel, CrisisModel } from './crisis-model.js';

export interface ChannelStrength {
  channel: string;
  /** The region's size on this channel: number of ties, or the sum of their values (km for border and sea). */
  raw: number;
  /** The strongest region's raw value on this channel for the same country. */
  max: number;
  strongestRegion: string | null;
  /** Strength relative to the strongest region: ln(1 + raw) / ln(1 + max) or raw / max, 0–1. */
  strength: number;
  /** raw / total over all regions: the part of Russia's relationship with the country through this channel. */
  share: number;
  ties: TieRow[];
}

/** Whether a tie is one of the channel's (an embassy is nobody's channel: it belongs to the federal centre). */
export function tieOnChannel(t: TieRow, channel: Channel): boolean {
  if (!channel.tie_types.includes(t.type)) return false;
  // Bundled missions carry their kind; an imported `consulate` tie is one by its type.
  if (channel.mission === 'consular' && t.type === 'foreign_mission') return isConsularPost(t);
  return true;
}

/** The channel a tie belongs to, if any. */
export function channelOf(t: TieRow, model: CrisisModel): string | null {
  for (const [k, c] of Object.entries(model.channels)) if (tieOnChannel(t, c)) return k;
  return null;
}

/** A partner's embassies: federal context, never a region's channel. */
export const isEmbassy = (t: TieRow) => t.type === 'foreign_mission' && !isConsularPost(t);

const size = (ties: readonly TieRow[], c: Channel) =>
  c.measure === 'count' ? ties.length : ties.reduce((s, t) => s + (t.value ?? 0), 0);

const relative = (x: number, max: number, c: Channel) =>
  max <= 0 ? 0 : c.scale === 'log' ? Math.log1p(x) / Math.log1p(max) : x / max;

/**
 * Each region's strength on every channel of the model towards one country, relative to the strongest region on
 * that channel for that country. A region is never compared with channel types it lacks: its strength on those is 0
 * and they add nothing.
 */
export function channelStrengths(
  regions: readonly string[],
  ties: readonly TieRow[],
  country: string,
  model: CrisisModel,
): Map<string, ChannelStrength[]> {
  const byRegion = new Map<string, Map<string, TieRow[]>>();
  for (const t of ties) {
    if (t.country_iso2 !== country || !t.region_iso) continue;
    const k = channelOf(t, model);
    if (!k) continue;
    let m = byRegion.get(t.region_iso);
    if (!m) byRegion.set(t.region_iso, (m = new Map()));
    let list = m.get(k);
    if (!list) m.set(k, (list = []));
    list.push(t);
  }
  const out = new Map<string, ChannelStrength[]>(regions.map((r) => [r, []]));
  for (const [k, c] of Object.entries(model.channels)) {
    const raw = regions.map((r) => size(byRegion.get(r)?.get(k) ?? [], c));
    const total = raw.reduce((a, b) => a + b, 0);
    let max = 0;
    let strongestRegion: string | null = null;
    raw.forEach((x, i) => {
      if (x > max) [max, strongestRegion] = [x, regions[i]!];
    });
    regions.forEach((r, i) =>
      out.get(r)!.push({
        channel: k,
        raw: raw[i]!,
        max,
        strongestRegion,
        strength: relative(raw[i]!, max, c),
        share: total > 0 ? raw[i]! / total : 0,
        ties: byRegion.get(r)?.get(k) ?? [],
      }),
    );
  }
  return out;
}
