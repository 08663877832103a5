// The map projection is shared with the server-side reports.
export { projectBorders, projectRegions, type RegionShape } from '../../../src/geo/project-regions';
