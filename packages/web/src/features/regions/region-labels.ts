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

const PLURAL_KEYS: Record<RegionLevel, MessageKey> = {
  country: 'region.levelPlural.country',
  province: 'region.levelPlural.province',
  regency: 'region.levelPlural.regency',
  district: 'region.levelPlural.district',
  village: 'region.levelPlural.village',
};

/**
 * The level as it reads after "all": "Kecamatan" in Indonesian (no plural form), "districts" in English,
 * so the option says "— All districts —" rather than "— All District —".
 */
export function levelPluralLabel(level: RegionLevel, t: Translate): string {
  return t(PLURAL_KEYS[level]);
}

/** Level label derived from the code alone (no lookup); empty for a malformed code. */
export function levelLabelOfCode(code: string, t: Translate): string {
  const level = regionLevel(code);
  return level ? levelLabel(level, t) : '';
}
