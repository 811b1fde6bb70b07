/**
 * Equipment and operators (issue 13): recording sets and card printers per office with status and
 * incident history, and the province pool lent with operators to a regency on a calendar.
 */
export { seedDemoEquipment } from './demo-equipment';
export { equipmentRoutes } from './equipment.routes';
export { usableEquipmentOn } from './equipment.service';
export { equipmentWatchSignal, regenciesWithUncoveredBrokenEquipment } from './equipment-coverage.service';
