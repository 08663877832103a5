import { ParadipError } from '../errors/paradip-error.js';
/** One problem in an input file, located precisely enough to fix it. */
export interface ImportIssue {
  file: string;
  /** Line (CSV) or row number (XLSX), 1-based, counting the header. 0 for problems with the whole file. */
  row: number;
  column: string;
  value: string;
  expected: string;
}

export function formatIssue(i: ImportIssue): string {
  const where =
    i.row > 0
      ? `${i.file}, row ${i.row}, column ${JSON.stringify(i.column)}`
      : `${i.file}, column ${JSON.stringify(i.column)}`;
  return `${where}: ${JSON.stringify(i.value)} — expected ${i.expected}`;
}

/** The file was rejected; nothing was written. Carries every issue found, not just the first. */
export class ImportRejected extends ParadipError {
  constructor(
    readonly file: string,
    readonly issues: ImportIssue[],
    /** All problems found, when more were found than are listed. */
    total?: number,
  ) {
    super(
      'input',
      `${file}: ${total ?? issues.length} problem${(total ?? issues.length) === 1 ? '' : 's'}; nothing was imported\n` +
        issues.map((i) => `  ${formatIssue(i)}`).join('\n') +
        (total !== undefined && total > issues.length
          ? `\n  … and ${total - issues.length} more (the first ${issues.length} are listed)`
          : ''),
      { issues, total: total ?? issues.length },
    );
  }
}

/**
 * The problems found in a file: all are counted, the first `limit` are kept to be listed (a file of millions of
 * bad rows would otherwise fill the memory it is meant to be checked in).
 */
export class IssueList {
  readonly listed: ImportIssue[] = [];
  count = 0;

  constructor(readonly limit = 10_000) {}

  add(issue: ImportIssue): void {
    this.count++;
    if (this.listed.length < this.limit) this.listed.push(issue);
  }
}
