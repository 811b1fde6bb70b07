/** Office settings per region (inherited downwards), the one audited write path for them, and the letterhead. */

export { letterheadFor, letterheadScopeOf } from './letterhead.service';
export { putSettingCommand } from './settings.commands';
export type { SettingValue } from './settings.registry';
export { settingsRoutes } from './settings.routes';
export { getSetting, putSetting } from './settings.service';
