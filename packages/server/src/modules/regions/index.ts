/** The region hierarchy (province › regency › district › village): loading, lookups, the regions API. */

export { searchText } from './region-search-text';
export { loadOfficialRegions, readOfficialRegions } from './regions.loader';
export { regionsRoutes } from './regions.routes';
export {
  findRegionByCode,
  findRegionsByCode,
  getRegion,
  listChildRegionsFor,
  toRegion,
} from './regions.service';
