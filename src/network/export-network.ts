import { toCsv } from '../io/csv.js';
import type { TieNetwork } from './tie-network.js';

const xml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** GEXF 1.3 for Gephi: region and country nodes (kind, names), weighted edges with counts per tie type. */
export function toGexf(n: TieNetwork): string {
  const types = [...new Set(n.edges.flatMap((e) => Object.keys(e.types)))].sort();
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    `  <meta><creator>paradip</creator><description>Region–country ties, universe ${xml(n.universe)}</description></meta>`,
    '  <graph defaultedgetype="undirected" mode="static">',
    '    <attributes class="node">',
    '      <attribute id="kind" title="kind" type="string"/>',
    '      <attribute id="name_ru" title="name_ru" type="string"/>',
    '    </attributes>',
    '    <attributes class="edge">',
    ...types.map((t) => `      <attribute id="${xml(t)}" title="${xml(t)}" type="integer"/>`),
    '    </attributes>',
    '    <nodes>',
    ...n.regions.map(
      (r) =>
        `      <node id="r:${xml(r.id)}" label="${xml(r.name_en)}"><attvalues><attvalue for="kind" value="region"/><attvalue for="name_ru" value="${xml(r.name_ru)}"/></attvalues></node>`,
    ),
    ...n.countries.map(
      (c) =>
        `      <node id="c:${xml(c.id)}" label="${xml(c.name_en)}"><attvalues><attvalue for="kind" value="country"/><attvalue for="name_ru" value="${xml(c.name_ru ?? '')}"/></attvalues></node>`,
    ),
    '    </nodes>',
    '    <edges>',
    ...n.edges.map(
      (e, i) =>
        `      <edge id="${i}" source="r:${xml(e.region)}" target="c:${xml(e.country)}" weight="${e.weight}"><attvalues>${Object.entries(
          e.types,
        )
          .map(([t, v]) => `<attvalue for="${xml(t)}" value="${v}"/>`)
          .join('')}</attvalues></edge>`,
    ),
    '    </edges>',
    '  </graph>',
    '</gexf>',
  ];
  return lines.join('\n') + '\n';
}

/** GraphML (yEd, Cytoscape, networkx). */
export function toGraphml(n: TieNetwork): string {
  const types = [...new Set(n.edges.flatMap((e) => Object.keys(e.types)))].sort();
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="name_ru" for="node" attr.name="name_ru" attr.type="string"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    ...types.map((t) => `  <key id="t_${xml(t)}" for="edge" attr.name="${xml(t)}" attr.type="int"/>`),
    `  <graph id="paradip-${xml(n.universe)}" edgedefault="undirected">`,
    ...n.regions.map(
      (r) =>
        `    <node id="r:${xml(r.id)}"><data key="kind">region</data><data key="label">${xml(r.name_en)}</data><data key="name_ru">${xml(r.name_ru)}</data></node>`,
    ),
    ...n.countries.map(
      (c) =>
        `    <node id="c:${xml(c.id)}"><data key="kind">country</data><data key="label">${xml(c.name_en)}</data><data key="name_ru">${xml(c.name_ru ?? '')}</data></node>`,
    ),
    ...n.edges.map(
      (e) =>
        `    <edge source="r:${xml(e.region)}" target="c:${xml(e.country)}"><data key="weight">${e.weight}</data>${Object.entries(
          e.types,
        )
          .map(([t, v]) => `<data key="t_${xml(t)}">${v}</data>`)
          .join('')}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
  ];
  return lines.join('\n') + '\n';
}

/** CSV edge list: region, country, weight and one column per tie type. */
export function toEdgeCsv(n: TieNetwork): string {
  const types = [...new Set(n.edges.flatMap((e) => Object.keys(e.types)))].sort();
  return toCsv([
    ['region', 'country', 'weight', ...types],
    ...n.edges.map((e) => [e.region, e.country, e.weight, ...types.map((t) => e.types[t] ?? 0)]),
  ]);
}
