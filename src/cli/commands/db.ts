import { existsSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { dataDir } from '../../dataset/data-dir.js';
import { verifyManifest } from '../../dataset/manifest.js';
import { buildStore } from '../../store/build-store.js';
import { loadSnapshot } from '../../store/load-snapshot.js';
import { StoreError } from '../../store/store-error.js';
import { resolveStorePath } from '../../store/store-path.js';
import { dbOption, type CliContext } from '../context.js';

export function registerDb(program: Command, ctx: CliContext): void {
  const db = program.command('db').description('the embedded store (DuckDB file)');
  db.command('build')
    .description(
      'create the store from the bundled data and replay every imported file from the journal beside it (one transaction: a failure leaves the previous store as it was; a damaged store is moved aside and rebuilt)',
    )
    .option('--fresh', 'drop the imported data too and start from the bundled data alone')
    .action(async (opts: { fresh?: boolean }, cmd: Command) => {
      const path = resolveStorePath(dbOption(cmd));
      const broken = verifyManifest(dataDir());
      if (broken.length)
        throw new StoreError(`the bundled data do not match data/manifest.json:\n  ${broken.join('\n  ')}`);
      const report = await buildStore(path, (m) => ctx.err(`  ${m}…\n`), {
        fresh: opts.fresh,
        onWait: (m) => ctx.err(`paradip: ${m}\n`),
      });
      for (const s of report.skippedImports)
        ctx.err(
          `paradip: the imported file ${s.file} no longer fits the bundled data and was left out (it stays in the journal): ${s.reason}\n`,
        );
      ctx.out(
        `built ${report.path} in ${(report.milliseconds / 1000).toFixed(1)} s (${(statSync(path).size / 1e6).toFixed(1)} MB): ` +
          Object.entries(report.counts)
            .map(([t, n]) => `${n} ${t}`)
            .join(', ') +
          (report.keptImports ? `; kept ${report.keptImports} imported file(s)` : '') +
          (report.movedDamaged ? `; the damaged store was moved to ${report.movedDamaged}` : '') +
          '\n',
      );
    });
  db.command('info')
    .description('where the store is, its size and contents')
    .action(async (_opts, cmd: Command) => {
      const path = resolveStorePath(dbOption(cmd));
      if (!existsSync(path)) throw new StoreError(`no store at ${path}; run \`paradip db build\``);
      const s = await loadSnapshot(path, (m) => ctx.err(`paradip: ${m}\n`));
      ctx.out(
        [
          `store: ${path} (${(statSync(path).size / 1e6).toFixed(1)} MB), schema ${s.meta.schema_version}`,
          `regions ${s.regions.length}, countries ${s.countries.length}, ties ${s.ties.length}, indicators ${s.indicators.length}, observations ${s.observations.length}, sources ${s.sources.length}`,
          `imported sources: ${s.sources.filter((x) => x.kind === 'import').length}`,
        ].join('\n') + '\n',
      );
    });
}
