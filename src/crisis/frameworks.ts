import type { CrisisModel } from './crisis-model.js';
import type { ChannelContribution, CapacityRow } from './normalisation-capacity.js';
import type { SoftPowerPotential } from './soft-power-potential.js';
import { numberFormat } from '../io/number-format.js';

export type Framework = 'culture_image' | 'political_plus';
export type Recommendation = 'both' | Framework | 'neither';

export interface FrameworkFit {
  region: string;
  country: string;
  /** Strength (0–1) of the region's strongest people-to-people channel with the partner. */
  cultureFit: number;
  /**
   * The region's soft-power potential as the culture framework reads it (percentile of the configured pillars of
   * the potential index; null when not scored).
   */
  softPower: { percentile: number | null; min_percentile: number; pillars: string[] };
  /** 1 with an institutional channel, else the strength of its economic channel (0–1). */
  politicalFit: number;
  /** The region's own institutional channels with the partner (land border, consular post, agreement, office). */
  institutionalChannels: string[];
  recommendation: Recommendation;
  /** One sentence giving the reasons, in English and Russian. */
  reason: { en: string; ru: string };
  legalSteps: { id: string; en: string; ru: string; source: string }[];
}

/** "twin towns: 3", "land border: 1,876 km", "trade (modelled): 0.41" — label and size of one channel. */
function describe(c: ChannelContribution, model: CrisisModel, lang: 'en' | 'ru'): string {
  const def = model.channels[c.channel]!;
  const name = (lang === 'en' ? def.name_en : def.name_ru).toLowerCase();
  // Two significant digits below 1, so that a small modelled trade intensity does not read as 0.
  const n = numberFormat(
    lang,
    Math.abs(c.raw) < 1 ? { maximumSignificantDigits: 2 } : { maximumFractionDigits: 1 },
  ).format(c.raw);
  const modelled = c.basis === 'modelled' ? (lang === 'en' ? ' (modelled)' : ' (модельная оценка)') : '';
  const unit =
    def.measure === 'value' && def.unit ? ` ${lang === 'ru' ? (def.unit_ru ?? def.unit) : def.unit}` : '';
  // Only where the law applies to the channel (179-FZ to the land border, not to a coast across the sea).
  const note = lang === 'en' ? def.note_en : def.note_ru;
  const law = note ? ` — ${note}` : '';
  return `${name}${modelled}: ${n}${unit}${law}`;
}

/** What the non-decisive evidence is, for "rests only on …" (Russian in the accusative, after «на»). */
const BASIS_NAME: Record<ChannelContribution['basis'], { en: string; ru: string }> = {
  observed: { en: 'observed evidence', ru: 'наблюдаемые данные' },
  derived: { en: 'evidence derived from geometry', ru: 'данные, выведенные из геометрии' },
  modelled: { en: 'modelled evidence', ru: 'модельную оценку' },
};

/** "72nd" / "72-й": a rounded percentile as an ordinal. */
function ordinal(x: number, lang: 'en' | 'ru'): string {
  const n = Math.round(x);
  if (lang === 'ru') return `${n}-й`;
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * Fit of a (region, country) pair to the two frameworks of joint federal–regional action, from the region's own
 * channels with that country (docs/crisis.md), with one sentence of reasons and the federal coordination steps the
 * law requires:
 * - culture and image-building: its strongest people-to-people channel reaches the threshold and its soft-power
 *   potential (the configured pillars of the potential index) reaches the percentile threshold; a region with no
 *   potential score is judged on its channels alone, and the reason says so;
 * - political plus: it has an institutional channel with the partner, or a strong economic one — whatever its
 *   activity class.
 * Either way at least one of the channels that meet the condition must have a decisive basis
 * (`evidence.decisive_basis`): a modelled channel alone, the same for every partner of its group, decides nothing.
 * Geographic channels (sea proximity) add to capacity and are named in the reason, but decide neither framework.
 */
export function frameworkFit(
  row: CapacityRow,
  country: { iso2: string; name_en: string },
  model: CrisisModel,
  potential: SoftPowerPotential | null,
): FrameworkFit {
  const cfg = model.frameworks;
  const pct = potential?.percentile ?? null;
  const minPct = cfg.culture_image.potential.min_percentile;
  const enoughPotential = pct === null || pct >= minPct;
  const culture = row.channels.filter((c) => c.category === 'culture');
  const institutional = row.channels.filter((c) => c.category === 'institutional');
  const geographic = row.channels.filter((c) => c.category === 'geographic');
  const economic = row.channels.filter((c) => c.category === 'economic');
  const strongEconomic = economic.filter((c) => c.strength >= cfg.political_plus.min_economic_strength);
  const decisive = (c: ChannelContribution) => model.evidence.decisive_basis.includes(c.basis);
  const cultureFit = Math.max(0, ...culture.map((c) => c.strength));
  const politicalFit = institutional.length ? 1 : Math.max(0, ...economic.map((c) => c.strength));
  const cultureMeeting = culture.filter((c) => c.strength >= cfg.culture_image.threshold);
  const tiesEnough = cultureMeeting.length > 0;
  const cultureDecided = cultureMeeting.some(decisive);
  const fitsCulture = tiesEnough && cultureDecided && enoughPotential;
  const political = [...institutional, ...strongEconomic];
  const fitsPolitical = political.some(decisive);
  const recommendation: Recommendation =
    fitsCulture && fitsPolitical
      ? 'both'
      : fitsCulture
        ? 'culture_image'
        : fitsPolitical
          ? 'political_plus'
          : 'neither';

  const bases = (cs: ChannelContribution[], lang: 'en' | 'ru') =>
    [...new Set(cs.map((c) => c.basis))]
      .map((b) => BASIS_NAME[b][lang])
      .join(lang === 'en' ? ' and ' : ' и ');
  const list = (cs: ChannelContribution[], lang: 'en' | 'ru') =>
    cs.map((c) => describe(c, model, lang)).join('; ');
  const f2 = (x: number, lang: 'en' | 'ru' = 'en') =>
    lang === 'ru' ? x.toFixed(2).replace('.', ',') : x.toFixed(2);
  const ruNumber = (x: number) => String(x).replace('.', ',');
  const t = cfg.culture_image.threshold;
  const pillars = (lang: 'en' | 'ru') =>
    (potential?.pillars ?? [])
      .map((p) => (lang === 'en' ? p.name_en : p.name_ru))
      .map((x) => x.charAt(0).toLowerCase() + x.slice(1))
      .join(', ');
  const potentialWhy = {
    en:
      pct === null
        ? 'soft-power potential not scored (missing data), so judged on the ties alone'
        : `soft-power potential at the ${ordinal(pct, 'en')} percentile (${pillars('en')})`,
    ru:
      pct === null
        ? 'потенциал мягкой силы не оценён (нет данных), решение только по связям'
        : `потенциал мягкой силы — ${ordinal(pct, 'ru')} процентиль (${pillars('ru')})`,
  };
  const cultureWhy = {
    en: fitsCulture
      ? `people-to-people ties (${list(culture, 'en')}) and ${potentialWhy.en}`
      : tiesEnough && !cultureDecided
        ? `people-to-people ties rest only on ${bases(cultureMeeting, 'en')} (${list(cultureMeeting, 'en')}), which cannot decide a framework on its own, ${potentialWhy.en}`
        : tiesEnough
          ? `people-to-people ties (${list(culture, 'en')}) but too little soft-power potential for culture and image-building (${pillars('en')} at the ${ordinal(pct!, 'en')} percentile < ${ordinal(minPct, 'en')})`
          : culture.length
            ? `people-to-people ties too weak for culture and image-building (${list(culture, 'en')}; strength ${f2(cultureFit)} < ${t}), ${potentialWhy.en}`
            : `no people-to-people ties in the data, ${potentialWhy.en}`,
    ru: fitsCulture
      ? `гуманитарные связи (${list(culture, 'ru')}) и ${potentialWhy.ru}`
      : tiesEnough && !cultureDecided
        ? `гуманитарные связи опираются только на ${bases(cultureMeeting, 'ru')} (${list(cultureMeeting, 'ru')}), а этого самого по себе недостаточно для выбора модели, ${potentialWhy.ru}`
        : tiesEnough
          ? `гуманитарные связи (${list(culture, 'ru')}), но потенциала мягкой силы мало для культурно-имиджевой модели (${pillars('ru')}: ${ordinal(pct!, 'ru')} процентиль < ${minPct})`
          : culture.length
            ? `гуманитарные связи слабы для культурно-имиджевой модели (${list(culture, 'ru')}; сила ${f2(cultureFit, 'ru')} < ${ruNumber(t)}), ${potentialWhy.ru}`
            : `гуманитарных связей в данных нет, ${potentialWhy.ru}`,
  };
  const weakEconomic = economic.filter((c) => !strongEconomic.includes(c));
  const minEconomic = cfg.political_plus.min_economic_strength;
  const withStrength = (cs: ChannelContribution[], lang: 'en' | 'ru') =>
    cs
      .map(
        (c) => `${describe(c, model, lang)}, ${lang === 'en' ? 'strength' : 'сила'} ${f2(c.strength, lang)}`,
      )
      .join('; ');
  // Geography is named so that a reader sees why a coast facing the partner gives no political plus.
  const geographyWhy = {
    en: geographic.length ? `; ${list(geographic, 'en')} — geography, which decides no framework` : '',
    ru: geographic.length ? `; ${list(geographic, 'ru')} — география, она не определяет модель` : '',
  };
  const politicalWhy = {
    en:
      (fitsPolitical
        ? [
            institutional.length ? `its own institutional channels (${list(institutional, 'en')})` : '',
            strongEconomic.length
              ? `strong trade (${withStrength(strongEconomic, 'en')} ≥ ${minEconomic})`
              : '',
          ]
            .filter(Boolean)
            .join(' and ')
        : political.length
          ? `political plus rests only on ${bases(political, 'en')} (${withStrength(political, 'en')}${strongEconomic.length ? ` ≥ ${minEconomic}` : ''}), which cannot decide a framework on its own`
          : `no institutional channel${weakEconomic.length ? ` and trade too weak for political plus (${withStrength(weakEconomic, 'en')} < ${minEconomic})` : ''}`) +
      geographyWhy.en,
    ru:
      (fitsPolitical
        ? [
            institutional.length ? `собственные институциональные каналы (${list(institutional, 'ru')})` : '',
            strongEconomic.length
              ? `сильная торговля (${withStrength(strongEconomic, 'ru')} ≥ ${ruNumber(minEconomic)})`
              : '',
          ]
            .filter(Boolean)
            .join(' и ')
        : political.length
          ? `«политический плюс» опирается только на ${bases(political, 'ru')} (${withStrength(political, 'ru')}${strongEconomic.length ? ` ≥ ${ruNumber(minEconomic)}` : ''}), а этого самого по себе недостаточно для выбора модели`
          : `институциональных каналов нет${weakEconomic.length ? `, торговля слаба для «политического плюса» (${withStrength(weakEconomic, 'ru')} < ${ruNumber(minEconomic)})` : ''}`) +
      geographyWhy.ru,
  };
  const head = {
    both: { en: 'Both frameworks', ru: 'Обе модели' },
    culture_image: { en: 'Culture and image-building', ru: 'Культурно-имиджевая модель' },
    political_plus: { en: 'Political plus', ru: '«Политический плюс»' },
    neither: { en: 'Neither framework', ru: 'Ни одна модель' },
  }[recommendation];
  const reason =
    row.channels.length === 0
      ? {
          en: `${head.en}: no channel of this region with ${country.name_en} in the data.`,
          ru: `${head.ru}: в данных нет ни одного канала связи региона со страной-партнёром.`,
        }
      : {
          en: `${head.en} with ${country.name_en}: ${fitsPolitical && !fitsCulture ? `${politicalWhy.en}; ${cultureWhy.en}` : `${cultureWhy.en}; ${politicalWhy.en}`}.`,
          ru: `${head.ru}: ${fitsPolitical && !fitsCulture ? `${politicalWhy.ru}; ${cultureWhy.ru}` : `${cultureWhy.ru}; ${politicalWhy.ru}`}.`,
        };

  const chosen = new Set<Framework>(
    recommendation === 'both'
      ? ['culture_image', 'political_plus']
      : recommendation === 'neither'
        ? []
        : [recommendation],
  );
  // A border subject under 179-FZ: a land border with this partner (a coast across the sea is not one).
  const borderSubject = row.channels.some((c) => model.channels[c.channel]!.tie_types.includes('border'));
  const legalSteps = model.legal_steps
    .filter((s) => s.applies_to.some((f) => chosen.has(f)) && (s.when !== 'border' || borderSubject))
    .map(({ id, en, ru, source }) => ({ id, en, ru, source }));
  return {
    region: row.region,
    country: country.iso2,
    cultureFit,
    softPower: {
      percentile: pct,
      min_percentile: minPct,
      pillars: potential?.pillars.map((p) => p.code) ?? model.frameworks.culture_image.potential.from,
    },
    politicalFit,
    institutionalChannels: institutional.map((c) => c.channel),
    recommendation,
    reason,
    legalSteps,
  };
}
