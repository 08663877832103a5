import type { TieRow } from '../store/rows.js';

const CONSULAR = /consul/i;

/** A consular post (consulate general, consulate, honorary consulate, consular agency), not an embassy. */
export const isConsularPost = (t: Pick<TieRow, 'attrs'>) =>
  CONSULAR.test(String((JSON.parse(t.attrs ?? '{}') as { mission_type?: string }).mission_type));

export interface TieIndicators {
  twin_pairs: number;
  twin_partner_countries: number;
  foreign_missions: number;
  consular_posts: number;
  mission_states: number;
  border_countries: number;
  border_length_km: number;
}

/** A tie with a weight: 1 normally, less when a scenario freezes its channel in part, 0 when fully frozen. */
export type WeightedTie = Pick<TieRow, 'type' | 'country_iso2' | 'partner_id' | 'attrs' | 'value'> & {
  weight?: number;
};

/**
 * The tie-derived indicators of one region from its ties: counts are sums of weights (so a half-frozen channel
 * counts half); "distinct" counts include a partner while any of its ties keeps a positive weight.
 */
export function tieIndicators(ties: readonly WeightedTie[]): TieIndicators {
  const w = (t: WeightedTie) => t.weight ?? 1;
  const sum = (xs: WeightedTie[]) => xs.reduce((s, t) => s + w(t), 0);
  const distinct = (xs: WeightedTie[], key: (t: WeightedTie) => string | null) =>
    new Set(
      xs
        .filter((t) => w(t) > 0)
        .map(key)
        .filter((k) => k !== null),
    ).size;
  const twins = ties.filter((t) => t.type === 'twinning');
  const missions = ties.filter((t) => t.type === 'foreign_mission');
  const consular = missions.filter(isConsularPost);
  const borders = ties.filter((t) => t.type === 'border');
  return {
    twin_pairs: sum(twins),
    twin_partner_countries: distinct(twins, (t) => t.country_iso2),
    foreign_missions: sum(missions),
    consular_posts: sum(consular),
    mission_states: distinct(missions, (t) => t.country_iso2 ?? t.partner_id),
    border_countries: borders.reduce((s, t) => s + w(t), 0),
    border_length_km: Math.round(borders.reduce((s, t) => s + w(t) * (t.value ?? 0), 0) * 10) / 10,
  };
}
