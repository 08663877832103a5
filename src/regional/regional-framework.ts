import type { Framework } from '../engine/framework.js';
import { ACTIVITY_NODES } from './activity-index.js';
import type { DocumentedNode } from './documented-node.js';
import { POTENTIAL_NODES } from './potential-index.js';

export type { DocumentedNode } from './documented-node.js';

/** The two regional indices: what a region does abroad, and what it could project (docs/index.md). */
export const REGIONAL_INDEX_IDS = ['activity', 'potential'] as const;
export type RegionalIndexId = (typeof REGIONAL_INDEX_IDS)[number];

export interface RegionalIndex {
  id: RegionalIndexId;
  name_en: string;
  name_ru: string;
  nodes: DocumentedNode[];
  framework: Framework;
}

export const REGIONAL_INDICES: Record<RegionalIndexId, RegionalIndex> = {
  activity: {
    id: 'activity',
    name_en: 'International activity',
    name_ru: 'Международная активность',
    nodes: ACTIVITY_NODES,
    framework: { nodes: ACTIVITY_NODES },
  },
  potential: {
    id: 'potential',
    name_en: 'Soft-power potential',
    name_ru: 'Потенциал мягкой силы',
    nodes: POTENTIAL_NODES,
    framework: { nodes: POTENTIAL_NODES },
  },
};

export class UnknownIndexError extends Error {}

/**
 * An index by id.
 * @example regionalIndex('potential').name_en // 'Soft-power potential'
 * @throws UnknownIndexError naming the ids that exist
 */
export function regionalIndex(id: string): RegionalIndex {
  if (!(REGIONAL_INDEX_IDS as readonly string[]).includes(id))
    throw new UnknownIndexError(
      `unknown index ${JSON.stringify(id)}: expected ${REGIONAL_INDEX_IDS.join(' or ')}`,
    );
  return REGIONAL_INDICES[id as RegionalIndexId];
}

/** The default index — international activity — which classification, crisis scenarios and reports read. */
export const REGIONAL_NODES = ACTIVITY_NODES;
export const REGIONAL_FRAMEWORK: Framework = REGIONAL_INDICES.activity.framework;
