import { describe, expect, it } from 'vitest';
import { INDICATOR_CATALOGUE } from '../../src/catalogue/indicator-catalogue.js';
import { catalogueEntry } from '../../src/catalogue/catalogue-entry-of.js';
import { indicatorsOf } from '../../src/engine/framework.js';
import { REGIONAL_INDEX_IDS, REGIONAL_INDICES } from '../../src/regional/regional-framework.js';

describe('indicator catalogue', () => {
  it('has one entry per id, each with names in both languages, a unit, a rationale and a reference', () => {
    const ids = INDICATOR_CATALOGUE.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of INDICATOR_CATALOGUE)
      for (const k of [
        'name_en',
        'name_ru',
        'unit_en',
        'unit_ru',
        'how_en',
        'how_ru',
        'rationale_en',
        'rationale_ru',
        'reference',
      ] as const)
        expect(e[k], `${e.id}.${k}`).toMatch(/\S/);
  });
  it('derives only from indicators it knows', () => {
    for (const e of INDICATOR_CATALOGUE)
      if (e.derivation.kind === 'sum')
        for (const id of e.derivation.of) expect(() => catalogueEntry(id)).not.toThrow();
  });
  it('an unknown id is refused with the file to edit', () => {
    expect(() => catalogueEntry('nope')).toThrow(/not in the catalogue/);
  });
  for (const id of REGIONAL_INDEX_IDS)
    it(`the ${id} index takes each concept once and scores no context indicator`, () => {
      const entries = indicatorsOf(REGIONAL_INDICES[id].framework).map((n) => catalogueEntry(n.code));
      const concepts = entries.map((e) => e.concept);
      expect(new Set(concepts).size).toBe(concepts.length);
      for (const e of entries) expect(e.direction, e.id).not.toBe(0);
    });
  it('no concept enters both indices: what a region does is not counted again as what it could do', () => {
    const [a, p] = REGIONAL_INDEX_IDS.map(
      (id) =>
        new Set(indicatorsOf(REGIONAL_INDICES[id].framework).map((n) => catalogueEntry(n.code).concept)),
    );
    expect([...a!].filter((c) => p!.has(c))).toEqual([]);
  });
});
