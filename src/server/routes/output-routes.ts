import type { FastifyInstance } from 'fastify';
import type { Topology } from 'topojson-specification';
import { crisisAnalysis } from '../../crisis/crisis-analysis.js';
import { readRegionTopology } from '../../dataset/region-topology.js';
import { runIndex } from '../../engine/pipeline.js';
import { bundleOf, renderExport, type ExportFormat } from '../../export/export-bundle.js';
import {
  classificationTable,
  crisisTable,
  indexTable,
  regionsTable,
  tiesTable,
} from '../../export/tables.js';
import type { ExportTable } from '../../export/table.js';
import { regionalInput } from '../../regional/regional-input.js';
import type { Universe } from '../../registry/region.js';
import { crisisReport } from '../../report/crisis-report.js';
import { regionReport } from '../../report/region-report.js';
import { htmlToPdf } from '../../report/to-pdf.js';
import { HttpError } from '../http-error.js';
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
        params: q(
          { table: { type: 'string', enum: ['regions', 'index', 'classification', 'crisis', 'ties'] } },
          ['table'],
        ),
        querystring: q({
          universe,
          format: { type: 'string', enum: ['csv', 'xlsx', 'json', 'geojson'], default: 'csv' },
          excel: { type: 'boolean', description: 'CSV for Russian Excel: BOM, ";" and decimal comma' },
          country: { type: 'string', maxLength: 100 },
        }),
        response: { 200: file, ...errors },
      },
    },
    async (req, reply) => {
      const { universe: u, format, excel, country } = req.query;
      let table: ExportTable;
      switch (req.params.table) {
        case 'regions':
          table = regionsTable(st.snapshot, u);
          break;
        case 'index':
          table = indexTable(runIndex(regionalInput(st.snapshot, u), st.spec));
          break;
        case 'classification':
          table = classificationTable(st.classification(u));
          break;
        case 'ties':
          table = tiesTable(st.snapshot, u);
          break;
        default:
          if (!country)
            throw new HttpError(
              400,
              'Bad Request',
              'query parameter "country" is required for the crisis table',
              { parameter: 'country' },
            );
          table = crisisTable(
            crisisAnalysis(
              st.snapshot,
              u,
              country,
              st.classification(u),
              st.crisisModel,
              st.crisisModel.default_scenario,
            ),
          );
      }
      if (format === 'geojson' && !table.columns.includes('iso') && !table.columns.includes('uCode'))
        throw new HttpError(400, 'Bad Request', `the ${table.name} table has no region column for GeoJSON`, {
          parameter: 'format',
        });
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
        crisisReport(st.snapshot, a, geo(), req.query.lang),
        req.query.format,
        `paradip-crisis-${a.country}`,
      );
    },
  );
}
