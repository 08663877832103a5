import type { TextEncodingName } from '../../io/decode-text.js';
import type { Command } from 'commander';
import { importObservations } from '../../ingest/import-observations.js';
import { importTies } from '../../ingest/import-ties.js';
import { importRosstat } from '../../rosstat/import-rosstat.js';
import { ensureStore } from '../open-store.js';
import { dbOption, type CliContext } from '../context.js';
import { UsageError } from '../output.js';
import { importProgress } from '../import-progress.js';
import { checkSourceUrl } from '../../ingest/import-source.js';

/** --encoding: utf-8 or windows-1251 (cp1251 accepted), else a usage error. */
function encodingOption(value: string | undefined): TextEncodingName | undefined {
  if (value === undefined) return undefined;
  const v = value.toLowerCase();
  if (v === 'utf-8' || v === 'utf8') return 'utf-8';
  if (v === 'windows-1251' || v === 'cp1251') return 'windows-1251';
  throw new UsageError(`--encoding: expected utf-8 or windows-1251, got ${JSON.stringify(value)}`);
}

type Opts = Record<string, string | boolean | undefined>;

/** The source of an import as the user named it; refuses a URL that is not http(s). */
function sourceOptions(opts: Opts): { source?: string; url?: string; licence?: string } {
  checkSourceUrl(opts.url as string | undefined);
  return {
    source: opts.source as string | undefined,
    url: opts.url as string | undefined,
    licence: opts.licence as string | undefined,
  };
}

export function registerImport(program: Command, ctx: CliContext): void {
  const imp = program.command('import').description('add data from your own files');
  imp
    .command('observations <file>')
    .description(
      'import indicator values from CSV (UTF-8 or Windows-1251, "," or ";", decimal comma) or XLSX. Layouts: long ' +
        '(columns region, indicator, period, value); --indicator ID (other columns are periods); --period P (other columns are indicators). ' +
        'Regions by ISO code, OKATO, OKTMO or name. The whole file is checked first: any problem rejects it and nothing is written.',
    )
    .option(
      '--source <title>',
      'where the figures come from (required), e.g. "Rosstat, Regions of Russia 2023, table 26.3"',
    )
    .option('--url <url>', 'address of the source')
    .option('--licence <licence>', 'licence or terms of the source')
    .option('--indicator <id>', 'wide layout: every other column is a period of this indicator')
    .option('--period <period>', 'wide layout: every other column is an indicator, for this period')
    .option('--new-indicators', 'create indicators the store does not know yet')
    .option('--unit <unit>', 'unit of new indicators (count values cannot be negative)')
    .option(
      '--direction <n>',
      'direction of new indicators: 1 (more is more active), -1, or 0 (context)',
      '1',
    )
    .option('--encoding <encoding>', 'utf-8 or windows-1251 (default: detected)')
    .option('--separator <char>', '",", ";" or "tab" (default: detected)')
    .option('--sheet <name>', 'XLSX sheet (default: the first)')
    .option('--dry-run', 'check the file and report what would change, without writing')
    .option('--format <format>', 'table or json', 'table')
    .action(async (file: string, opts: Opts, cmd: Command) => {
      const direction = Number(opts.direction);
      if (![1, -1, 0].includes(direction))
        throw new UsageError(`--direction: expected 1, -1 or 0, got ${JSON.stringify(opts.direction)}`);
      const encoding = encodingOption(opts.encoding as string | undefined);
      const sepRaw = opts.separator as string | undefined;
      const separator = sepRaw === 'tab' ? '\t' : sepRaw;
      if (separator !== undefined && separator !== ',' && separator !== ';' && separator !== '\t')
        throw new UsageError(`--separator: expected ",", ";" or "tab", got ${JSON.stringify(sepRaw)}`);
      const source = sourceOptions(opts);
      const storePath = await ensureStore(dbOption(cmd), (m) => ctx.err(m + '\n'));
      const report = await importObservations(
        storePath,
        file,
        {
          ...source,
          indicator: opts.indicator as string | undefined,
          period: opts.period as string | undefined,
          newIndicators: !!opts.newIndicators,
          unit: opts.unit as string | undefined,
          direction,
          encoding,
          separator: separator as ',' | ';' | '\t' | undefined,
          sheet: opts.sheet as string | undefined,
          dryRun: !!opts.dryRun,
        },
        { progress: importProgress(file), onWait: (m) => ctx.err(`paradip: ${m}\n`) },
      );
      if (opts.format === 'json') {
        ctx.out(JSON.stringify(report, null, 2) + '\n');
        return;
      }
      const verb = report.dryRun ? 'would import' : 'imported';
      const lines = [
        `${report.file}: ${verb} ${report.inserted} new and ${report.updated} changed observations (${report.unchanged} unchanged), source "${report.source.title}"${report.dryRun ? ' — dry run, nothing written' : ''}`,
      ];
      if (report.newIndicators.length)
        lines.push(`new indicators: ${report.newIndicators.map((i) => `${i.id} (${i.unit})`).join(', ')}`);
      if (report.skippedAggregates.length)
        lines.push(
          `skipped ${report.skippedAggregateCount} aggregate rows (not regions): ${report.skippedAggregates.map((a) => `row ${a.row} ${a.name}`).join('; ')}`,
        );
      if (report.missingCells) lines.push(`${report.missingCells} empty or "no data" cells left missing`);
      for (const n of report.notes) lines.push(`note: ${n}`);
      ctx.out(lines.join('\n') + '\n');
    });

  imp
    .command('rosstat <file>')
    .description(
      "read a regional table of Rosstat's Russian Statistical Yearbook straight from its chapter file (.docx, as " +
        'Rosstat distributes it): every row is matched to a region (Russia and federal districts are skipped), each ' +
        'figure cites edition, table and row. The whole table is checked first; any problem rejects it and nothing is written.',
    )
    .requiredOption('--table <number>', 'table number, e.g. 25.4')
    .option('--edition <year>', 'yearbook edition (2022 or 2023); default: read from the page footers')
    .option('--dry-run', 'check the table and report what would change, without writing')
    .option('--format <format>', 'table or json', 'table')
    .action(async (file: string, opts: Opts, cmd: Command) => {
      const rawEdition = opts.edition as string | undefined;
      if (rawEdition !== undefined && !/^\d{4}$/.test(rawEdition))
        throw new UsageError(`--edition: expected a year such as 2023, got ${JSON.stringify(rawEdition)}`);
      if (!/^\d{1,2}\.\d{1,2}$/.test(opts.table as string))
        throw new UsageError(
          `--table: expected a table number such as 25.4, got ${JSON.stringify(opts.table)}`,
        );
      const storePath = await ensureStore(dbOption(cmd), (m) => ctx.err(m + '\n'));
      const r = await importRosstat(storePath, file, {
        table: opts.table as string,
        edition: rawEdition === undefined ? undefined : Number(rawEdition),
        dryRun: !!opts.dryRun,
      });
      if (opts.format === 'json') {
        ctx.out(JSON.stringify(r, null, 2) + '\n');
        return;
      }
      const lines = [
        `${r.file}: RSY ${r.edition}, table ${r.table} — ${r.dryRun ? 'would import' : 'imported'} ${r.inserted} new and ${r.updated} changed observations (${r.unchanged} unchanged) of ${r.indicators.join(', ')}${r.dryRun ? ' — dry run, nothing written' : ''}`,
        `skipped ${r.aggregates.length} aggregate rows (not regions): ${r.aggregates.map((a) => `row ${a.row} ${a.name}`).join('; ')}`,
      ];
      if (r.missingCells) lines.push(`${r.missingCells} cells printed as no data ("…", "-") left missing`);
      for (const n of r.notes) lines.push(`note: ${n}`);
      ctx.out(lines.join('\n') + '\n');
    });

  imp
    .command('ties <file>')
    .description(
      'import typed region–country ties (agreement, trade, office, event, students, tourism, diaspora…) from CSV or XLSX. ' +
        'Columns: region, country, type; optional counterpart, place, valid_from, valid_to, value, unit. All-or-nothing.',
    )
    .option('--source <title>', 'where the ties come from (required)')
    .option('--url <url>', 'address of the source')
    .option('--licence <licence>', 'licence or terms of the source')
    .option('--encoding <encoding>', 'utf-8 or windows-1251 (default: detected)')
    .option('--sheet <name>', 'XLSX sheet (default: the first)')
    .option('--dry-run', 'check the file and report what would be added, without writing')
    .action(async (file: string, opts: Opts, cmd: Command) => {
      const source = sourceOptions(opts);
      const storePath = await ensureStore(dbOption(cmd), (m) => ctx.err(m + '\n'));
      const r = await importTies(
        storePath,
        file,
        {
          ...source,
          encoding: encodingOption(opts.encoding as string | undefined),
          sheet: opts.sheet as string | undefined,
          dryRun: !!opts.dryRun,
        },
        { onWait: (m) => ctx.err(`paradip: ${m}\n`) },
      );
      ctx.out(
        `${r.file}: ${r.dryRun ? 'would import' : 'imported'} ${r.ties} ties (${Object.entries(r.byType)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}), source "${r.source.title}"${r.dryRun ? ' — dry run, nothing written' : ''}\n`,
      );
    });
}
