import { describe, expect, it } from 'vitest';
import { commandName } from '../../src/cli/command-name.js';
import { createProgram } from '../../src/cli/program.js';

const quiet = { out: () => {}, err: () => {}, isTTY: false };

describe('commandName', () => {
  it('is the first word of the command line, after global options and their values', () => {
    expect(commandName(['--db', 'serve', 'regions'])).toBe('regions');
    expect(commandName(['--db=x.duckdb', 'crisis', '--country', 'FI'])).toBe('crisis');
    expect(commandName(['db', 'build'])).toBe('db');
    expect(commandName(['serve', '--port', '0'])).toBe('serve');
  });

  it('is undefined for no command', () => {
    expect(commandName([])).toBeUndefined();
    expect(commandName(['--help'])).toBeUndefined();
    expect(commandName(['--db', 'x.duckdb'])).toBeUndefined();
  });

  it('skips every global option of the CLI that takes a value', async () => {
    const program = await createProgram(quiet, ['--version']);
    const takingValue = program.options.filter((o) => o.required || o.optional).map((o) => o.long);
    expect(takingValue).toEqual(['--db']);
  });
});
