import type { CrisisModel } from './crisis-model.js';
import type { ChannelContribution, CapacityRow } from './normalisation-capacity.js';

export type Framework = 'culture_image' | 'political_plus';
export type Recommendation = 'both' | Framework | 'neither';

export interface FrameworkFit {
  region: string;
  country: string;
  /** Strength (0–1) of the region's strongest people-to-people channel with the partner. */
  cultureFit: number;
  /** 1 with an institutional channel, else the strength of its economic channel (0–1). */
  politicalFit: number;
  /** The region's own institutional channels with the partner (border, sea, consular post, agreement, office). */
  institutionalChannels: string[];
  recommendation: Recommendation;
  /** One sentence giving the reasons, in English and Russian. */
  reason: { en: string; ru: string };
  legalSteps: { id: string; en: string; ru: string; source: string }[];
}

const BORDER_CHANNELS = new Set(['border', 'sea']);

/** "twin towns: 3", "land border: 1,876 km", "trade (modelled): 0.41" — label and size of one channel. */
function describe(c: ChannelContribution, model: CrisisModel, lang: 'en' | 'ru'): string {
  const def = model.channels[c.channel]!;
  const name = (lang === 'en' ? def.name_en : def.name_ru).toLowerCase();
  const n = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'ru-RU', { maximumFractionDigits: 1 }).format(
    c.raw,
  );
  const modelled = c.basis === 'modelled' ? (lang === 'en' ? ' (modelled)' : ' (модельная оценка)') : '';
  const unit =
    def.measure === 'value' && def.unit ? ` ${lang === 'ru' ? (def.unit_ru ?? def.unit) : def.unit}` : '';
  const law = BORDER_CHANNELS.has(c.channel)
    ? lang === 'en'
      ? ' — cross-border cooperation under 179-FZ'
      : ' — приграничное сотрудничество по 179-ФЗ'
    : '';
  return `${name}${modelled}: ${n}${unit}${law}`;
}

/**
 * Fit of a (region, country) pair to the two frameworks of joint federal–regional action, from the region's own
 * channels with that country (docs/crisis.md), with one sentence of reasons and the federal coordination steps the
 * law requires:
 * - culture and image-building: its strongest people-to-people channel reaches the threshold;
 * - political plus: it has an institutional channel with the partner, or a strong economic one — whatever its
 *   activity class.
 */
export function frameworkFit(
  row: CapacityRow,
  country: { iso2: string; name_en: string },
  model: CrisisModel,
): FrameworkFit {
  const cfg = model.frameworks;
  const culture = row.channels.filter((c) => c.category === 'culture');
  const institutional = row.channels.filter((c) => c.category === 'institutional');
  const economic = row.channels.filter((c) => c.category === 'economic');
  const strongEconomic = economic.filter((c) => c.strength >= cfg.political_plus.min_economic_strength);
  const cultureFit = Math.max(0, ...culture.map((c) => c.strength));
  const politicalFit = institutional.length ? 1 : Math.max(0, ...economic.map((c) => c.strength));
  const fitsCulture = culture.length > 0 && cultureFit >= cfg.culture_image.threshold;
  const political = [...institutional, ...strongEconomic];
  const fitsPolitical = political.length > 0;
  const recommendation: Recommendation =
    fitsCulture && fitsPolitical
      ? 'both'
      : fitsCulture
        ? 'culture_image'
        : fitsPolitical
          ? 'political_plus'
          : 'neither';

  const list = (cs: ChannelContribution[], lang: 'en' | 'ru') =>
    cs.map((c) => describe(c, model, lang)).join('; ');
  const f2 = (x: number) => x.toFixed(2);
  const t = cfg.culture_image.threshold;
  const cultureWhy = {
    en: fitsCulture
      ? `people-to-people ties (${list(culture, 'en')})`
      : culture.length
        ? `people-to-people ties too weak for culture and image-building (${list(culture, 'en')}; strength ${f2(cultureFit)} < ${t})`
        : 'no people-to-people ties in the data',
    ru: fitsCulture
      ? `гуманитарные связи (${list(culture, 'ru')})`
      : culture.length
        ? `гуманитарные связи слабы для культурно-имиджевой модели (${list(culture, 'ru')}; сила ${f2(cultureFit)} < ${t})`
        : 'гуманитарных связей в данных нет',
  };
  const weakEconomic = economic.filter((c) => !strongEconomic.includes(c));
  const politicalWhy = {
    en: fitsPolitical
      ? `its own institutional channels (${list(political, 'en')})`
      : `no institutional channel${weakEconomic.length ? ` and economic ties below ${cfg.political_plus.min_economic_strength} (${list(weakEconomic, 'en')})` : ''}`,
    ru: fitsPolitical
      ? `собственные институциональные каналы (${list(political, 'ru')})`
      : `институциональных каналов нет${weakEconomic.length ? `, экономические связи слабее ${cfg.political_plus.min_economic_strength} (${list(weakEconomic, 'ru')})` : ''}`,
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
  const borderSubject = row.channels.some((c) => BORDER_CHANNELS.has(c.channel));
  const legalSteps = model.legal_steps
    .filter((s) => s.applies_to.some((f) => chosen.has(f)) && (s.when !== 'border' || borderSubject))
    .map(({ id, en, ru, source }) => ({ id, en, ru, source }));
  return {
    region: row.region,
    country: country.iso2,
    cultureFit,
    politicalFit,
    institutionalChannels: institutional.map((c) => c.channel),
    recommendation,
    reason,
    legalSteps,
  };
}
