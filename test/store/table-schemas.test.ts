import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { Database } from '../../src/store/database.js';
import { loadSnapshot } from '../../src/store/load-snapshot.js';
import { TABLE_SCHEMAS } from '../../src/store/table-schemas.js';
import { freshStore } from '../helpers/store.js';

describe('store table schemas', () => {
  it('describe exactly the columns of the tables, with the same nullability', async () => {
    const db = await Database.open(inject('baseStore'), { readOnly: true });
    try {
      for (const [table, schema] of Object.entries(TABLE_SCHEMAS)) {
        const cols = await db.all<{ column_name: string; is_nullable: string }>(
          `SELECT column_name, is_nullable FROM information_schema.columns WHERE table_name = '${table}' ORDER BY ordinal_position`,
        );
        expect(
          cols.map((c) => c.column_name),
          table,
        ).toEqual(Object.keys(schema.shape));
        for (const c of cols)
          expect(
            (schema.shape as Record<string, { safeParse: (v: unknown) => { success: boolean } }>)[
              c.column_name
            ]!.safeParse(null).success,
            `${table}.${c.column_name} nullable`,
          ).toBe(c.is_nullable === 'YES');
      }
    } finally {
      db.close();
    }
  });

  it('a row that breaks its schema stops the load with the table, row and column named', async () => {
    const path = freshStore();
    const db = await Database.open(path);
    await db.run("UPDATE ties SET scope = 'everywhere' WHERE id = (SELECT min(id) FROM ties)");
    await db.run('CHECKPOINT');
    db.close();
    await expect(loadSnapshot(path)).rejects.toThrow(/table ties, row 1, column scope/);
  });
});
