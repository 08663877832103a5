import { statSync } from 'node:fs';
import type { Typology } from '../classify/typology.js';
import { configPath } from '../config/config-path.js';
import type { CrisisModel } from '../crisis/crisis-model.js';
import type { IndexSpec } from '../engine/spec.js';
import type { Design } from '../engine/uncertainty/design.js';
import { cached, codeFingerprint } from '../store/result-cache.js';

/** The configuration the server answers with: the default files of config/, parsed and checked. */
export interface ServerConfig {
  spec: IndexSpec;
  typology: Typology;
  design: Design;
  crisisModel: CrisisModel;
}

const FILES = {
  spec: 'index-spec.default.json',
  typology: 'typology.default.yaml',
  design: 'uncertainty-design.default.json',
  crisisModel: 'crisis.default.yaml',
} as const;

async function parseConfig(): Promise<ServerConfig> {
  // Loaded here, not at the top: the YAML parser and the schemas are needed only when the files changed.
  const { readSpecFile } = await import('../config/read-spec.js');
  const files = await import('../config/config-files.js');
  return {
    spec: readSpecFile(configPath(FILES.spec)),
    typology: files.readTypologyFile(configPath(FILES.typology)),
    design: files.readDesignFile(configPath(FILES.design)),
    crisisModel: files.readCrisisModelFile(configPath(FILES.crisisModel)),
  };
}

/**
 * The server's configuration. With a cache folder, the parsed result is kept there keyed by the files (size, time,
 * inode) and paradip's code, so a restart reads it instead of parsing YAML and checking schemas again. A bad file
 * is never kept, so it still stops the server at start with its error.
 */
export async function readServerConfig(cacheDir?: string): Promise<ServerConfig> {
  if (!cacheDir) return parseConfig();
  const key = Object.values(FILES).map((f) => {
    try {
      const st = statSync(configPath(f));
      return [f, st.size, st.mtimeMs, st.ino];
    } catch {
      return [f, null]; // missing: parseConfig names the file
    }
  });
  return cached(cacheDir, 'server-config', [key, codeFingerprint()], parseConfig);
}
