import { describe, expect, it } from 'vitest';
import { toEdgeCsv, toGexf, toGraphml } from '../../src/network/export-network.js';
import { networkMetrics } from '../../src/network/network-metrics.js';
import { tieNetwork } from '../../src/network/tie-network.js';
import { csvObjects } from '../../src/io/csv.js';
import { syntheticSnapshot, tie } from '../helpers/synthetic-snapshot.js';

describe('the region–country network (synthetic)', () => {
  // A and B share partner X; C only has Y: a bridge-free star around X plus an isolated pair.
  const s = syntheticSnapshot([
    tie('twinning', 'RU-A', 'X'),
    tie('twinning', 'RU-A', 'X'),
    tie('border', 'RU-B', 'X'),
    tie('twinning', 'RU-C', 'Y'),
    tie('ru_mission_abroad', 'RU-C', 'X'),
  ]);
  const n = tieNetwork(s, 'all');

  it('has one weighted edge per region–country pair with counts per type, federal ties excluded', () => {
    expect(n.edges.map((e) => [e.region, e.country, e.weight])).toEqual([
      ['RU-A', 'X', 2],
      ['RU-B', 'X', 1],
      ['RU-C', 'Y', 1],
    ]);
    expect(n.edges[0]!.types).toEqual({ twinning: 2 });
  });

  it('computes degree, strength, betweenness and communities', () => {
    const m = networkMetrics(n, 1);
    const node = (id: string) => m.nodes.find((x) => x.id === id)!;
    expect(node('X')).toMatchObject({ kind: 'country', degree: 2, strength: 3 });
    expect(node('RU-A')).toMatchObject({ degree: 1, strength: 2 });
    // X lies on the only path between A and B.
    expect(node('X').betweenness).toBeGreaterThan(node('RU-A').betweenness);
    const comm = new Map(m.regions.map((r) => [r.region, r.community]));
    expect(comm.get('RU-A')).toBe(comm.get('RU-B'));
    expect(m.regions.find((r) => r.region === 'RU-A')!.diversity).toBe(0);
  });

  it('exports GEXF, GraphML and CSV that carry every node and edge', () => {
    const gexf = toGexf(n);
    expect(gexf).toContain('<gexf xmlns="http://gexf.net/1.3" version="1.3">');
    expect(gexf.match(/<edge /g)).toHaveLength(3);
    expect(gexf.match(/<node /g)).toHaveLength(5);
    const graphml = toGraphml(n);
    expect(graphml.match(/<edge /g)).toHaveLength(3);
    const csv = csvObjects(toEdgeCsv(n));
    expect(csv).toEqual([
      { region: 'RU-A', country: 'X', weight: '2', border: '0', twinning: '2' },
      { region: 'RU-B', country: 'X', weight: '1', border: '1', twinning: '0' },
      { region: 'RU-C', country: 'Y', weight: '1', border: '0', twinning: '1' },
    ]);
  });
});
