import type { TwinPair } from './parse-bundled.js';

/**
 * Entities with an ISO 3166-1 code of their own that are autonomous parts of a state which conducts their foreign
 * relations: a partner there is a partner in that state. Åland is an autonomous region of Finland.
 */
export const PART_OF_STATE: Readonly<Record<string, { state: string; unit: string }>> = {
  AX: { state: 'FI', unit: 'Åland Islands (autonomous region of Finland)' },
};

/** The pair with its partner counted in the state the partner's entity is part of (the unit kept as sub-national). */
export function partnerState(p: TwinPair): TwinPair {
  const part = p.partnerIso2 === null ? undefined : PART_OF_STATE[p.partnerIso2];
  return part ? { ...p, partnerIso2: part.state, partnerSubnational: p.partnerSubnational ?? part.unit } : p;
}
