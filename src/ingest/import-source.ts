import { ParadipError } from '../errors/paradip-error.js';
import type { SourceRow } from '../store/rows.js';
import type { ImportIssue } from './import-issue.js';

export interface SourceOptions {
  /** Title of the source the figures come from (e.g. "Rosstat, Regions of Russia 2023, table 26.3"). */
  source?: string;
  url?: string;
  licence?: string;
}

/** Only web addresses are kept as a source's link: anything else (javascript:, data:, file:) could run or leak. */
export function checkSourceUrl(url: string | undefined): string | null {
  if (url === undefined || url.trim() === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new ParadipError(
      'usage',
      `--url: expected an http:// or https:// address, got ${JSON.stringify(url)}`,
      {
        parameter: 'url',
      },
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new ParadipError(
      'usage',
      `--url: expected an http:// or https:// address, got ${JSON.stringify(url)} (scheme ${parsed.protocol} is not allowed)`,
      { parameter: 'url' },
    );
  return parsed.href;
}

/** Every import cites its source: without --source the file is rejected, this issue listed first. */
export function missingSource(table: { file: string }, options: SourceOptions, what: string): ImportIssue[] {
  if (options.source?.trim()) return [];
  return [
    {
      file: table.file,
      row: 0,
      column: '--source',
      value: '',
      expected: `the title of the source the ${what} come from; every ${what.replace(/s$/, '')} cites its source`,
    },
  ];
}

/** The provenance record of an imported file: its title as the user gives it, the file's name and sha256. */
export function importSource(
  table: { file: string; sha256: string; format: string; encoding: string | null },
  options: SourceOptions,
  period: string | null,
): SourceRow {
  return {
    id: `import:${table.sha256.slice(0, 16)}`,
    kind: 'import',
    title: options.source!.trim(),
    publisher: null,
    url: checkSourceUrl(options.url),
    licence: options.licence ?? null,
    attribution: null,
    period,
    files: JSON.stringify([table.file]),
    sha256: table.sha256,
    note: `Imported by paradip from ${table.file} (${table.format}${table.encoding ? `, ${table.encoding}` : ''})`,
  };
}
