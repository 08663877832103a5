import { inScope } from '../query/in-scope.js';
import type { Snapshot } from '../query/snapshot.js';
import type { Universe } from '../registry/region.js';
import type { TieRow } from '../store/rows.js';

/** The year of Rosstat's regional trade by CIS / non-CIS (table 25.4) and national trade by country (25.5, 25.7). */
export const MODELLED_TRADE_YEAR = '2021';

export const MODELLED_TRADE_UNIT = 'USD per 1,000 RUB of GRP';

/**
 * The yearbook's table of Russia's trade by country says which group a partner is in: 25.5 lists the CIS countries
 * (as Rosstat counts them, Ukraine and Turkmenistan included), 25.7 the others.
 */
function groupOf(sourceRef: string | null): 'cis' | 'noncis' | null {
  if (!sourceRef) return null;
  if (/\bt\. 25\.5\b/.test(sourceRef)) return 'cis';
  if (/\bt\. 25\.7\b/.test(sourceRef)) return 'noncis';
  return null;
}

/**
 * A modelled economic channel for every region towards one country (docs/crisis.md): the region's 2021 exports to and
 * imports from the country's group (CIS or non-CIS, Rosstat 25.4), each apportioned by the country's share of
 * Russia's trade with that group (25.5 / 25.7 over the sum of the regions' group trade), divided by the region's GRP.
 * Regional trade is recorded where firms are registered, so the volume would credit Moscow with its head offices'
 * trade; the intensity per unit of GRP does less so. Any missing figure leaves the region without the channel.
 */
export function modelledTradeTies(s: Snapshot, universe: Universe, country: string): TieRow[] {
  const national = (id: string) =>
    s.country_observations.find(
      (o) => o.country_iso2 === country && o.indicator_id === id && o.period === MODELLED_TRADE_YEAR,
    );
  const exp = national('ru_exports_to_mln_usd');
  const imp = national('ru_imports_from_mln_usd');
  const group = groupOf(exp?.source_ref ?? imp?.source_ref ?? null);
  if (!exp || !imp || !group) return [];
  const regional = (id: string) => {
    const m = new Map<string, { value: number; ref: string | null }>();
    for (const o of s.observations)
      if (o.indicator_id === id && o.period === MODELLED_TRADE_YEAR && inScope(o.scope, universe))
        m.set(o.region_iso, { value: o.value, ref: o.source_ref });
    return m;
  };
  const rx = regional(`exports_${group}_mln_usd`);
  const rm = regional(`imports_${group}_mln_usd`);
  const grp = regional('grp_mln_rub');
  const total = (m: Map<string, { value: number }>) => [...m.values()].reduce((a, b) => a + b.value, 0);
  const shareX = exp.value / total(rx);
  const shareM = imp.value / total(rm);
  if (!Number.isFinite(shareX) || !Number.isFinite(shareM)) return [];
  const name = s.countries.find((c) => c.iso2 === country)?.name_en ?? country;
  const ties: TieRow[] = [];
  for (const [region, x] of rx) {
    const m = rm.get(region);
    const g = grp.get(region);
    if (!m || !g || g.value <= 0) continue;
    const mlnUsd = x.value * shareX + m.value * shareM;
    ties.push({
      id: `trade_modelled:${region}:${country}`,
      type: 'trade_modelled',
      region_iso: region,
      country_iso2: country,
      partner_id: null,
      counterpart: `${name} (modelled trade)`,
      ru_place: null,
      valid_from: MODELLED_TRADE_YEAR,
      valid_to: MODELLED_TRADE_YEAR,
      value: (mlnUsd / g.value) * 1000,
      unit: MODELLED_TRADE_UNIT,
      scope: '*',
      attrs: JSON.stringify({
        modelled: true,
        group,
        modelled_trade_mln_usd: mlnUsd,
        country_share_of_group_exports: shareX,
        country_share_of_group_imports: shareM,
      }),
      source_id: 'ru-rosstat-yearbook',
      source_ref: `modelled: (${group === 'cis' ? 'CIS' : 'non-CIS'} exports ${x.ref} × ${(shareX * 100).toFixed(2)} % + imports × ${(shareM * 100).toFixed(2)} % — ${exp.source_ref}) ÷ GRP ${g.ref}`,
    });
  }
  return ties;
}
