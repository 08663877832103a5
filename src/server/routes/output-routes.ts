import type { FastifyInstance } from 'fastify';
import type { Topology } from 'topojson-specification';
import type { RegionalClassification } from '../../classify/regional-classification.js';
import { readRegionTopology } from '../../dataset/region-topology.js';
import { EXPORT_FORMATS, type ExportFormat } from '../../export/export-formats.js';
import { EXPORT_TABLES, exportTable } from '../../export/export-table.js';
import { regionalInput } from '../../regional/regional-input.js';
import type { Universe } from '../../registry/region.js';
import type { HeavyPool } from '../heavy-pool.js';
import { lang, q, universe } from '../schemas.js';
import type { AppState } from '../state.js';

const errors = { 400: { $ref: 'ErrorBody#' }, 404: { $ref: 'ErrorBody#' } };
const file = {
  description: 'the file',
  content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
};

/**
 * Exports (CSV, XLSX, JSON, GeoJSON) and printable reports (HTML, PDF), as downloads. The modules that compute and
 * render them are imported on first use, so that the server starts without them.
 */
export function outputRoutes(app: FastifyInstance, st: AppState, dataDir: string, heavy: HeavyPool): void {
  let topology: Topology | null = null;
  const geo = () => (topology ??= readRegionTopology(dataDir));

  app.get<{
    Params: { table: string };
    Querystring: { universe: Universe; format: ExportFormat; excel?: boolean; country?: string };
  }>(
    '/api/export/:table',
    {
      schema: {
        tags: ['export'],
        summary: 'Download a table: regions, index, classification, crisis (with country) or ties',
        params: q({ table: { type: 'string', enum: [...EXPORT_TABLES] } }, ['table']),
        querystring: q({
          universe,
          format: { type: 'string', enum: [...EXPORT_FORMATS], default: 'csv' },
          excel: { type: 'boolean', description: 'CSV for Russian Excel: BOM, ";" and decimal comma' },
          country: { type: 'string', maxLength: 100 },
        }),
        response: { 200: file, ...errors },
      },
    },
    async (req, reply) => {
      const { universe: u, format, excel, country } = req.query;
      const { runIndex } = await import('../../engine/pipeline.js');
      const { crisisAnalysis } = await import('../../crisis/crisis-analysis.js');
      const { bundleOf, renderExport } = await import('../../export/export-bundle.js');
      // Only the classification and crisis tables need the classes.
      const classes: RegionalClassification | undefined = ['classification', 'crisis'].includes(
        req.params.table,
      )
        ? await st.classification(u)
        : undefined;
      const table = exportTable(
        req.params.table,
        {
          snapshot: st.snapshot,
          universe: u,
          index: () => runIndex(regionalInput(st.snapshot, u), st.spec),
          classification: () => classes!,
          crisis: (c) =>
            crisisAnalysis(st.snapshot, u, c, classes!, st.crisisModel, st.crisisModel.default_scenario),
        },
        country,
      );
      const out = await renderExport(
        bundleOf(st.snapshot, `paradip ${table.name}`, [table], { universe: u }),
        format,
        { excel, topology: format === 'geojson' ? geo() : undefined },
      );
      return reply
        .header('content-type', out.contentType)
        .header('content-disposition', `attachment; filename="paradip-${table.name}.${out.extension}"`)
        .send(out.body);
    },
  );

  const reportQuery = q({
    universe,
    lang,
    format: { type: 'string', enum: ['html', 'pdf'], default: 'html' },
  });
  const send = async (reply: import('fastify').FastifyReply, html: string, format: string, name: string) =>
    format === 'pdf'
      ? reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `attachment; filename="${name}.pdf"`)
          .send(await (await import('../../report/to-pdf.js')).htmlToPdf(html))
      : reply.header('content-type', 'text/html; charset=utf-8').send(html);
  app.get<{
    Params: { code: string };
    Querystring: { universe: Universe; lang: 'en' | 'ru'; format: string };
  }>(
    '/api/report/region/:code',
    {
      config: { heavy: true },
      schema: {
        tags: ['report'],
        summary: 'Printable report on a region (HTML or PDF)',
        params: q({ code: { type: 'string', maxLength: 200 } }, ['code']),
        querystring: reportQuery,
        response: { 200: file, ...errors },
      },
    },
    async (req, reply) => {
      const u = req.query.universe;
      const html = await heavy.run<string>(st.snapshot, {
        kind: 'region-report',
        universe: u,
        code: req.params.code,
        lang: req.query.lang,
        spec: st.spec,
        classification: await st.classification(u),
        typology: st.typology,
      });
      return send(reply, html, req.query.format, `paradip-${req.params.code}`);
    },
  );
  app.get<{
    Params: { iso2: string };
    Querystring: { universe: Universe; lang: 'en' | 'ru'; format: string };
  }>(
    '/api/report/crisis/:iso2',
    {
      config: { heavy: true },
      schema: {
        tags: ['report'],
        summary: 'Printable crisis report for a country (HTML or PDF)',
        params: q({ iso2: { type: 'string', maxLength: 100 } }, ['iso2']),
        querystring: reportQuery,
        response: { 200: file, ...errors },
      },
    },
    async (req, reply) => {
      const u = req.query.universe;
      const r = await heavy.run<{ country: string; html: string }>(st.snapshot, {
        kind: 'crisis-report',
        universe: u,
        iso2: req.params.iso2,
        lang: req.query.lang,
        classification: await st.classification(u),
        model: st.crisisModel,
        scenario: st.crisisModel.default_scenario,
      });
      return send(reply, r.html, req.query.format, `paradip-crisis-${r.country}`);
    },
  );
}
