// The map projection is shared with the server-side reports.
export { projectRegions, type RegionShape } from '../../../src/geo/project-regions';
