/** Office settings per region (inherited downwards), the one audited write path for them, and the letterhead. */

// Which office (province or regency/city) signs a report: a domain rule the web shares; the exports
// module takes it from here with the letterhead itself.
export { letterheadScopeOf } from '@sigap/domain';
export { letterheadFor } from './letterhead.service';
export { putSettingCommand } from './settings.commands';
export type { SettingValue } from './settings.registry';
export { settingsRoutes } from './settings.routes';
export { getSetting, putSetting } from './settings.service';
