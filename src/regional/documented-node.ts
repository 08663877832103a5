import type { FrameworkNode } from '../engine/framework.js';
import { catalogueEntry } from '../catalogue/catalogue-entry-of.js';

/** A framework node with the reasons for including it, in both languages, and where its data come from. */
export interface DocumentedNode extends FrameworkNode {
  name_ru: string;
  unit_ru?: string | null;
  rationale_en: string;
  rationale_ru: string;
  source: string;
}

/**
 * An indicator node from its catalogue entry. A denominated indicator states the unit it has after division
 * (e.g. "USD per inhabitant"), which the catalogue's raw unit is not.
 */
export function indicatorNode(
  id: string,
  parent: string,
  per?: { denominator: string; name_en: string; name_ru: string; unit_en: string; unit_ru: string },
): DocumentedNode {
  const e = catalogueEntry(id);
  if (e.direction === 0) throw new Error(`indicator ${id} is context (direction 0) and cannot be scored`);
  return {
    code: id,
    name: per?.name_en ?? e.name_en,
    name_ru: per?.name_ru ?? e.name_ru,
    level: 1,
    parent,
    weight: 1,
    direction: e.direction,
    type: 'indicator',
    unit: per?.unit_en ?? e.unit_en,
    unit_ru: per?.unit_ru ?? e.unit_ru,
    denominator: per?.denominator ?? null,
    rationale_en: e.rationale_en,
    rationale_ru: e.rationale_ru,
    source: e.table ? `${e.source_id}, ${e.table}` : e.source_id,
  };
}

/** An aggregate node (pillar or index) with equal weight by default. */
export function aggregateNode(
  code: string,
  level: number,
  parent: string | null,
  name: [en: string, ru: string],
  rationale: [en: string, ru: string],
): DocumentedNode {
  return {
    code,
    name: name[0],
    name_ru: name[1],
    level,
    parent,
    weight: 1,
    direction: 1,
    type: 'aggregate',
    rationale_en: rationale[0],
    rationale_ru: rationale[1],
    source: 'aggregate',
  };
}
