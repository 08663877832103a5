import {
  readCrisisModelFile,
  readDesignFile,
  readExpectationsFile,
  readScenarioFile,
  readTypologyFile,
} from '../config/config-files.js';
import { DEFAULT_SPEC_PATH, readSpecFile } from '../config/read-spec.js';
import type { ValidationConfig } from './run-validation.js';

/** Monte Carlo runs behind the class probabilities in the committed report (fixed so the report is reproducible). */
export const VALIDATION_RUNS = 100;

/** The default configuration files, as `paradip validate` and the report's test read them. */
export function validationConfig(expectationsPath?: string, runs = VALIDATION_RUNS): ValidationConfig {
  const crisisModel = readCrisisModelFile();
  return {
    expectations: readExpectationsFile(expectationsPath),
    expectationsPath: expectationsPath ?? 'config/validation/expectations.yaml',
    spec: readSpecFile(DEFAULT_SPEC_PATH()),
    typology: readTypologyFile(),
    design: readDesignFile(),
    crisisModel,
    scenario: readScenarioFile(undefined, crisisModel),
    runs,
    seed: 1,
  };
}
