import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { SourceRow } from './rows.js';

/**
 * One journaled import: enough to replay it through the same importer onto any rebuilt store. `kind` names the
 * importer (observations, ties, or another importer's own kind); `data` is the file with the original bytes.
 */
export interface JournalEntry {
  version: 1;
  /** Order of the imports: replays run in this order, so later imports win as they did. */
  seq: number;
  kind: string;
  /** The file's name as the user gave it (messages and provenance name it). */
  file: string;
  sha256: string;
  bytes: number;
  rows: number;
  /** The importer's options (source title, url, licence, layout…), as given. */
  options: Record<string, unknown>;
  source: SourceRow;
  importedAt: string;
}

/**
 * The imports of a store, kept apart from it (a folder beside the store file): the store holds what is derived
 * and can be rebuilt from the bundled data plus this journal, even when the store file itself is damaged or lost.
 * Entries are written as `.pending` before the store commits and made final after; a pending entry whose
 * sequence the store has committed is finalised on the next write, any other is removed.
 */
export class ImportJournal {
  readonly dir: string;

  constructor(storePath: string) {
    this.dir = join(dirname(storePath), `${basename(storePath).replace(/\.duckdb$/, '')}.imports`);
  }

  /** Committed entries in order. */
  entries(): JournalEntry[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(join(this.dir, f), 'utf8')) as JournalEntry)
      .sort((a, b) => a.seq - b.seq);
  }

  dataPath(entry: Pick<JournalEntry, 'seq'>): string {
    return join(this.dir, `${String(entry.seq).padStart(9, '0')}.data`);
  }

  private jsonPath(seq: number): string {
    return join(this.dir, `${String(seq).padStart(9, '0')}.json`);
  }

  nextSeq(): number {
    const seqs = existsSync(this.dir)
      ? readdirSync(this.dir)
          .map((f) => Number.parseInt(f, 10))
          .filter(Number.isFinite)
      : [];
    return Math.max(0, ...seqs) + 1;
  }

  /** Write an entry and a copy of its file as pending (before the store commits). */
  writePending(entry: JournalEntry, file: string): void {
    mkdirSync(this.dir, { recursive: true });
    copyFileSync(file, this.dataPath(entry));
    writeFileSync(`${this.jsonPath(entry.seq)}.pending`, JSON.stringify(entry, null, 2));
  }

  /** Journal the rows of an import that a store of an earlier version holds without an entry (final at once). */
  writeRows(entry: JournalEntry, data: string): void {
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(this.dataPath(entry), data);
    writeFileSync(this.jsonPath(entry.seq), JSON.stringify(entry, null, 2));
  }

  /** The store committed up to `committedSeq`: pending entries up to it become final, later ones are dropped. */
  settle(committedSeq: number): void {
    if (!existsSync(this.dir)) return;
    for (const f of readdirSync(this.dir).filter((x) => x.endsWith('.json.pending'))) {
      const seq = Number.parseInt(f, 10);
      const path = join(this.dir, f);
      if (seq <= committedSeq) renameSync(path, path.slice(0, -'.pending'.length));
      else {
        rmSync(path, { force: true });
        rmSync(this.dataPath({ seq }), { force: true });
      }
    }
    // Data files without an entry (a crash between the copy and the entry) are debris.
    for (const f of readdirSync(this.dir).filter((x) => x.endsWith('.data'))) {
      const seq = Number.parseInt(f, 10);
      if (!existsSync(this.jsonPath(seq)) && !existsSync(`${this.jsonPath(seq)}.pending`))
        rmSync(join(this.dir, f), { force: true });
    }
  }

  /** `db build --fresh`: forget every import. */
  clear(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
