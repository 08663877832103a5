import type { Command } from 'commander';
import { regionList } from '../../query/region-list.js';
import { countryTies, SET_ASIDE_REASON } from '../../query/country-ties.js';
import { regionProfile } from '../../query/region-profile.js';
import { sourceList } from '../../query/source-list.js';
import { openSnapshot } from '../open-store.js';
import { dbOption, type CliContext } from '../context.js';
import { universeOption } from '../universe-option.js';
import { parseFormat, render } from '../output.js';

const universeFlag = [
  '--universe <universe>',
  'all (the 89 entities Russia lists) or iso (the 83 of ISO 3166-2:RU)',
  'all',
] as const;
const formatOption = ['--format <format>', 'table, csv or json', 'table'] as const;

export function registerQueries(program: Command, ctx: CliContext): void {
  const log = (m: string) => ctx.err(m + '\n');

  program
    .command('regions')
    .description('list the regions with their status, federal district and tie counts')
    .option(...universeFlag)
    .option(...formatOption)
    .action(async (opts: { universe: string; format: string }, cmd: Command) => {
      const format = parseFormat(opts.format);
      const list = regionList(await openSnapshot(dbOption(cmd), log), universeOption(opts.universe));
      if (format === 'table')
        ctx.out(`Universe: ${list.universe_label.en} — ${list.regions.length} regions\n\n`);
      ctx.out(
        render(
          list.regions,
          [
            { header: 'iso', value: (r) => r.iso },
            { header: 'name', value: (r) => r.name_en },
            { header: 'name_ru', value: (r) => r.name_ru },
            { header: 'status', value: (r) => r.status },
            { header: 'federal_district', value: (r) => r.federal_district_en },
            { header: 'population', value: (r) => r.values.population, right: true },
            { header: 'twinning', value: (r) => r.values.twin_pairs, right: true },
            { header: 'missions', value: (r) => r.values.foreign_missions, right: true },
            { header: 'borders', value: (r) => r.values.border_countries, right: true },
            { header: 'partner_countries', value: (r) => r.partner_countries, right: true },
          ],
          format,
          list,
        ),
      );
    });

  program
    .command('region <region>')
    .description(
      'profile of one region: codes, observations with sources, ties by type and country (ISO code or name)',
    )
    .option(...universeFlag)
    .option(...formatOption)
    .action(async (query: string, opts: { universe: string; format: string }, cmd: Command) => {
      const format = parseFormat(opts.format);
      const p = regionProfile(await openSnapshot(dbOption(cmd), log), query, universeOption(opts.universe));
      if (format === 'json') {
        ctx.out(JSON.stringify(p, null, 2) + '\n');
        return;
      }
      const r = p.region;
      if (format === 'table') {
        ctx.out(
          [
            `${r.name_en_full} — ${r.name_ru} (${r.iso})`,
            `status: ${r.status}${r.name_en_ua ? ` (ISO 3166-2 lists it under Ukraine as ${r.name_en_ua})` : ''}`,
            `type: ${r.type_en}; federal district: ${r.federal_district_en}; capital: ${r.capital_ru ?? '—'}`,
            `codes: OKATO ${r.okato ?? '—'}, OKTMO ${r.oktmo ?? '—'}, KLADR ${r.kladr ?? '—'}, FIPS ${r.fips ?? '—'}, Wikidata ${r.wikidata ?? '—'}`,
            `universe: ${p.universe_label.en}`,
            '',
            'Observations',
          ].join('\n') + '\n',
        );
      }
      ctx.out(
        render(
          p.observations,
          [
            { header: 'indicator', value: (o) => o.indicator_id },
            { header: 'value', value: (o) => o.value, right: true },
            { header: 'unit', value: (o) => o.unit },
            { header: 'period', value: (o) => o.period },
            // Where the figure is printed (table and row), else the dataset; a missing figure says why.
            { header: 'source', value: (o) => o.source_ref ?? o.source.title },
            { header: 'note', value: (o) => o.missing?.en ?? o.quality?.en ?? null, full: true },
          ],
          format,
        ),
      );
      if (format !== 'table') return;
      ctx.out('\nPartner countries\n');
      ctx.out(
        render(
          p.countries,
          [
            { header: 'iso2', value: (c) => c.iso2 },
            { header: 'country', value: (c) => c.name_en },
            { header: 'ties', value: (c) => c.ties, right: true },
            { header: 'types', value: (c) => c.types.join(', ') },
          ],
          'table',
        ),
      );
      for (const [type, ties] of Object.entries(p.ties)) {
        ctx.out(`\nTies: ${type} (${ties.length})\n`);
        if (type === 'twinning_claimed_territory')
          ctx.out(
            `Set aside, not counted as ties with a foreign country: ${SET_ASIDE_REASON[p.universe].en} (docs/borders.md)\n`,
          );
        ctx.out(
          render(
            ties,
            [
              { header: 'country', value: (t) => t.country_name_en ?? '—' },
              { header: 'counterpart', value: (t) => t.counterpart },
              { header: 'place', value: (t) => t.ru_place },
              {
                header: 'value',
                value: (t) => (t.value === null ? null : `${t.value} ${t.unit ?? ''}`.trim()),
              },
              { header: 'source', value: (t) => `${t.source.title} — ${t.source_ref ?? ''}` },
            ],
            'table',
          ),
        );
      }
    });

  program
    .command('ties')
    .description('which regions have which ties with a country, each tie with its source')
    .requiredOption('--country <country>', 'ISO 3166-1 code (FI) or name')
    .option('--type <type>', 'only ties of this type (twinning, foreign_mission, border, ru_mission_abroad)')
    .option(...universeFlag)
    .option(...formatOption)
    .action(
      async (opts: { country: string; type?: string; universe: string; format: string }, cmd: Command) => {
        const format = parseFormat(opts.format);
        const result = countryTies(
          await openSnapshot(dbOption(cmd), log),
          opts.country,
          universeOption(opts.universe),
        );
        const rows = result.regions.flatMap((r) =>
          r.ties.filter((t) => !opts.type || t.type === opts.type).map((t) => ({ region: r, tie: t })),
        );
        if (format === 'json') {
          ctx.out(JSON.stringify(result, null, 2) + '\n');
          return;
        }
        if (format === 'table') {
          const regions = new Set(rows.map((x) => x.region.iso));
          ctx.out(
            `Ties with ${result.country.name_en} (${result.country.iso2}) — ${regions.size} regions, ${rows.length} ties\nUniverse: ${result.universe_label.en}\n\n`,
          );
        }
        ctx.out(
          render(
            rows,
            [
              { header: 'iso', value: (x) => x.region.iso },
              { header: 'region', value: (x) => x.region.name_en },
              { header: 'type', value: (x) => x.tie.type },
              { header: 'counterpart', value: (x) => x.tie.counterpart },
              { header: 'place', value: (x) => x.tie.ru_place },
              { header: 'source', value: (x) => (format === 'table' ? x.tie.source.id : x.tie.source.title) },
              { header: 'source_ref', value: (x) => x.tie.source_ref },
            ],
            format,
          ),
        );
        if (format === 'table' && result.set_aside.length)
          ctx.out(
            `\nSet aside: ${result.set_aside.length} twin pair(s) listed under ${result.country.name_en} — ${result.set_aside_reason.en} (docs/borders.md):\n` +
              result.set_aside
                .map((x) => `  ${x.iso} ${x.tie.ru_place ?? ''} – ${x.tie.counterpart}\n`)
                .join(''),
          );
        if (format === 'table' && result.federal.length)
          ctx.out(
            `\nFederal level: ${result.federal.length} Russian mission(s) in ${result.country.name_en}: ${result.federal.map((t) => t.counterpart).join('; ')}\n`,
          );
      },
    );

  program
    .command('sources')
    .description('the sources of the data, with licence, period and how many ties and observations cite each')
    .option(...formatOption)
    .action(async (opts: { format: string }, cmd: Command) => {
      const format = parseFormat(opts.format);
      const list = sourceList(await openSnapshot(dbOption(cmd), log));
      ctx.out(
        render(
          list,
          [
            { header: 'id', value: (s) => s.id },
            { header: 'title', value: (s) => s.title },
            { header: 'licence', value: (s) => s.licence },
            { header: 'period', value: (s) => s.period },
            { header: 'ties', value: (s) => s.ties, right: true },
            { header: 'observations', value: (s) => s.observations, right: true },
          ],
          format,
        ),
      );
    });
}
