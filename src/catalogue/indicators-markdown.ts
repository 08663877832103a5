import { editionNotesMarkdown } from './edition-notes-markdown.js';
import type { IndexSpec } from '../engine/spec.js';
import { REGIONAL_INDEX_IDS, REGIONAL_INDICES } from '../regional/regional-framework.js';
import type { CatalogueEntry } from './catalogue-entry.js';
import { catalogueEntry } from './catalogue-entry-of.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function derivationText(e: CatalogueEntry): string {
  const d = e.derivation;
  if (d.kind === 'sum') return `sum of ${d.of.map((x) => `\`${x}\``).join(' + ')}`;
  if (d.kind === 'ties') return 'counted from the ties in the store';
  return e.source_id === 'derived' ? 'derived at build time' : 'as published';
}

/** How an indicator enters an index under a spec: denominator and transformation. */
export function entersAs(code: string, denominator: string | null | undefined, spec: IndexSpec): string {
  const parts: string[] = [];
  if (denominator === 'population_m') parts.push('per inhabitant (÷ population in millions)');
  else if (denominator === 'population_thou') parts.push('per 1,000 inhabitants');
  else if (denominator === 'grp_bn_rub') parts.push('per GRP (÷ GRP in billion roubles)');
  else if (denominator) parts.push(`÷ ${denominator}`);
  const t = spec.treat.overrides?.[code] ?? spec.treat;
  if (t.method === 'log') parts.push(`log(x + ${t.offset})`);
  else if (t.method === 'winsorise') parts.push('JRC outlier rule (winsorise, else log)');
  return parts.join('; ') || 'as is';
}

/**
 * docs/indicators.md: every indicator of the catalogue, and how each index uses them. Generated; a test keeps the
 * committed file in sync.
 */
export function indicatorsMarkdown(
  catalogue: CatalogueEntry[],
  spec: IndexSpec,
  observations: Parameters<typeof editionNotesMarkdown>[0] = [],
): string {
  const out: string[] = [
    '# Indicators',
    '',
    'Generated from `src/catalogue/indicator-catalogue.ts` by `npm run docs:indicators`; do not edit by hand (a test',
    'fails when this file and the catalogue differ). Index choices and results: `docs/index.md`.',
    '',
  ];
  for (const id of REGIONAL_INDEX_IDS) {
    const ix = REGIONAL_INDICES[id];
    out.push(`## ${ix.name_en} (${ix.name_ru})`, '');
    out.push(
      '| pillar | indicator | concept | enters as | source and period | why |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const n of ix.nodes.filter((x) => x.type === 'indicator')) {
      const e = catalogueEntry(n.code);
      const pillar = ix.nodes.find((x) => x.code === n.parent)!;
      out.push(
        `| ${cell(pillar.name)} | \`${n.code}\` ${cell(n.name)} (${cell(n.unit ?? e.unit_en)}) | ${e.concept} | ${cell(
          entersAs(n.code, n.denominator, spec),
        )} | ${cell(e.table ?? e.source_id)}; ${cell(e.period)} | ${cell(e.rationale_en)} (${cell(e.reference)}) |`,
      );
    }
    out.push('');
  }
  out.push('## Catalogue', '');
  out.push(
    '| id | name (en / ru) | unit | direction | concept | source | derivation | how |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const e of catalogue)
    out.push(
      `| \`${e.id}\` | ${cell(e.name_en)} / ${cell(e.name_ru)} | ${cell(e.unit_en)} | ${e.direction} | ${e.concept} | ${cell(
        [e.source_id, e.table, e.period].filter(Boolean).join('; '),
      )} | ${derivationText(e)} | ${cell(e.how_en)} |`,
    );
  if (observations.length) out.push('', '## Data quality', '', ...editionNotesMarkdown(observations));
  return out.join('\n') + '\n';
}
