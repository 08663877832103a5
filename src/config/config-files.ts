import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { AXIS_FRAMEWORKS } from '../classify/axis-indices.js';
import { knownVariables } from '../classify/known-variables.js';
import { parseTypology, TypologyError, type Typology } from '../classify/typology.js';
import { parseDesign, type Design } from '../engine/uncertainty/design.js';
import {
  ConfigError,
  parseCrisisModel,
  parseScenario,
  type CrisisModel,
  type Scenario,
} from '../crisis/crisis-model.js';
import { InputError } from '../ingest/read-table.js';
import { ExpectationsError, parseExpectations, type ExpectationsFile } from '../validate/expectations.js';
import { configPath } from './config-path.js';

export { configPath };

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new InputError(
      `${basename(path)}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
    );
  }
}

/** A typology file (default: config/typology.default.yaml), checked against the regional index's variables. */
export function readTypologyFile(path: string = configPath('typology.default.yaml')): Typology {
  try {
    return parseTypology(readText(path), basename(path), knownVariables(AXIS_FRAMEWORKS));
  } catch (err) {
    if (err instanceof TypologyError) throw new InputError(err.message);
    throw err;
  }
}

/** An uncertainty design (default: config/uncertainty-design.default.json), JSON or YAML. */
export function readDesignFile(path: string = configPath('uncertainty-design.default.json')): Design {
  const text = readText(path);
  try {
    return parseDesign(/\.ya?ml$/i.test(path) ? parseYaml(text) : JSON.parse(text));
  } catch (err) {
    throw new InputError(`${basename(path)}: ${(err as Error).message}`);
  }
}

/** The crisis model (default: config/crisis.default.yaml). */
export function readCrisisModelFile(path: string = configPath('crisis.default.yaml')): CrisisModel {
  try {
    return parseCrisisModel(readText(path), basename(path));
  } catch (err) {
    if (err instanceof ConfigError) throw new InputError(err.message);
    throw err;
  }
}

/** A scenario file (YAML or JSON); without one, the model's default crisis. */
export function readScenarioFile(path: string | undefined, model: CrisisModel): Scenario {
  if (!path) return model.default_scenario;
  try {
    return parseScenario(readText(path), basename(path), model);
  } catch (err) {
    if (err instanceof ConfigError) throw new InputError(err.message);
    throw err;
  }
}

/** The validation expectations (default: config/validation/expectations.yaml). */
export function readExpectationsFile(
  path: string = configPath('validation/expectations.yaml'),
): ExpectationsFile {
  try {
    return parseExpectations(readText(path), basename(path));
  } catch (err) {
    if (err instanceof ExpectationsError) throw new InputError(err.message);
    throw err;
  }
}
