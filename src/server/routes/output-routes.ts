import type { FastifyInstance } from 'fastify';
import type { Topology } from 'topojson-specification';
import { crisisAnalysis } from '../../crisis/crisis-analysis.js';
import { readRegionTopology } from '../../dataset/region-topology.js';
import { runIndex } from '../../engine/pipeline.js';
import { bundleOf, EXPORT_FORMATS, renderExport, type ExportFormat } from '../../export/export-bundle.js';
import { EXPORT_TABLES, exportTable } from '../../export/export-table.js';
import { regionalInput } from '../../regional/regional-input.js';
import type { Universe } from '../../registry/region.js';
import { crisisReport } from '../../report/crisis-report.js';
import { regionReport } from '../../report/region-report.js';
import { htmlToPdf } from '../../report/to-pdf.js';
import { lang, q, universe } from '../schemas.js';
import type { AppState } from '../state.js';

const errors = { 400: { $ref: 'ErrorBody#' }, 404: { $ref: 'ErrorBody#' } };
const file = {
  description: 'the file',
  content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
};

/** Exports (CSV, XLSX, JSON, GeoJSON) and printable reports (HTML, PDF), as downloads. */
export function outputRoutes(app: FastifyInstance, st: AppState, dataDir: string): void {
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
      const table = exportTable(
        req.params.table,
        {
          snapshot: st.snapshot,
          universe: u,
          index: () => runIndex(regionalInput(st.snapshot, u), st.spec),
          classification: () => st.classification(u),
          crisis: (c) =>
            crisisAnalysis(
              st.snapshot,
              u,
              c,
              st.classification(u),
              st.crisisModel,
              st.crisisModel.default_scenario,
            ),
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
          .send(await htmlToPdf(html))
      : reply.header('content-type', 'text/html; charset=utf-8').send(html);
  app.get<{
    Params: { code: string };
    Querystring: { universe: Universe; lang: 'en' | 'ru'; format: string };
  }>(
    '/api/report/region/:code',
    {
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
      const html = regionReport(
        st.snapshot,
        u,
        req.params.code,
        runIndex(regionalInput(st.snapshot, u), st.spec),
        st.classification(u),
        st.typology,
        geo(),
        req.query.lang,
      );
      return send(reply, html, req.query.format, `paradip-${req.params.code}`);
    },
  );
  app.get<{
    Params: { iso2: string };
    Querystring: { universe: Universe; lang: 'en' | 'ru'; format: string };
  }>(
    '/api/report/crisis/:iso2',
    {
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
      const a = crisisAnalysis(
        st.snapshot,
        u,
        req.params.iso2,
        st.classification(u),
        st.crisisModel,
        st.crisisModel.default_scenario,
      );
      return send(
        reply,
        crisisReport(st.snapshot, a, geo(), req.query.lang, {
          classes: st.classification(u).typology.classes,
          channels: st.crisisModel.channels,
        }),
        req.query.format,
        `paradip-crisis-${a.country}`,
      );
    },
  );
}
