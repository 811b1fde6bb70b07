import type { Cemetery } from '@sigap/contracts';
import type { CemeteryRow } from './cemeteries.repository';

export function presentCemetery(c: CemeteryRow): Cemetery {
  return {
    id: c.id,
    name: c.name,
    regionCode: c.region_code,
    regionName: c.region_name,
    address: c.address,
  };
}
