import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { dataDir, packageRoot } from '../../dataset/data-dir.js';
import { createApp } from '../../server/app.js';
import { StoreError } from '../../store/store-error.js';
import { openSnapshot } from '../open-store.js';
import { resolveStorePath } from '../../store/store-path.js';
import { dbOption, type CliContext } from '../context.js';
import { UsageError } from '../output.js';

export function registerServe(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description(
      'serve the dashboard and the JSON API on 127.0.0.1 (builds the store first if there is none)',
    )
    .option('--port <port>', 'port (default: $PORT or 8080)')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .action(async (opts: { port?: string; host: string }, cmd: Command) => {
      const port = Number(opts.port ?? process.env.PORT ?? 8080);
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new UsageError(`--port: expected 0–65535, got ${JSON.stringify(opts.port)}`);
      const path = resolveStorePath(dbOption(cmd));
      const log = (m: string) => ctx.err(m + '\n');
      let snapshot;
      try {
        if (!existsSync(path)) throw new StoreError('missing');
        snapshot = await openSnapshot(path, log);
      } catch (err) {
        if (!(err instanceof StoreError)) throw err;
        log(`paradip: building the store at ${path} from the bundled data…`);
        const { buildStore } = await import('../../store/build-store.js');
        const report = await buildStore(path, (m) => log(`  ${m}`));
        log(`paradip: store built in ${(report.milliseconds / 1000).toFixed(1)} s`);
        snapshot = await openSnapshot(path, log);
      }
      const webDir = join(packageRoot(), 'dist', 'web');
      const app = await createApp({
        snapshot,
        webDir,
        dataDir: dataDir(),
        storePath: path,
        persistResults: true,
      });
      const address = await app.listen({ port, host: opts.host });
      ctx.out(
        `paradip: serving ${snapshot.regions.length} regions from ${path}\n  dashboard: ${address}/\n  API:       ${address}/api/regions\n`,
      );
      const stop = async () => {
        await app.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
