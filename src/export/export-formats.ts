/** The file formats a table can be exported to. */
export const EXPORT_FORMATS = ['csv', 'xlsx', 'json', 'geojson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
