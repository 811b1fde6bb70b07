import type { RegionLevel } from '@sigap/domain';
import type { Translate } from '../../lib/i18n';

/** Name of the level below `level`, plural-neutral: "Kabupaten/Kota" under a province. */
export function childLevelName(level: RegionLevel | undefined, t: Translate): string {
  switch (level) {
    case 'country':
      return t('region.level.province');
    case 'province':
      return t('region.level.regency');
    case 'regency':
      return t('region.level.district');
    default:
      return t('region.level.village');
  }
}
