import { type RegionLevel, regionLevel } from '@sigap/domain';
import type { MessageKey, Translate } from '../../lib/i18n';

const LEVEL_KEYS: Record<RegionLevel, MessageKey> = {
  country: 'region.level.country',
  province: 'region.level.province',
  regency: 'region.level.regency',
  district: 'region.level.district',
  village: 'region.level.village',
};

/** "Provinsi" / "Province" for a level. */
export function levelLabel(level: RegionLevel, t: Translate): string {
  return t(LEVEL_KEYS[level]);
}

/** Level label derived from the code alone (no lookup); empty for a malformed code. */
export function levelLabelOfCode(code: string, t: Translate): string {
  const level = regionLevel(code);
  return level ? levelLabel(level, t) : '';
}
