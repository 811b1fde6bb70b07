import type { serviceId } from './messages-service';

/** English strings of service at the office; same keys as `serviceId`. */
export const serviceEn: Record<keyof typeof serviceId, string> = {
  'nav.servicePoints': 'Service',
  'nav.servicePoints.description': 'Service points, opening hours, extra sessions and a week’s capacity.',
  'servicePoints.title': 'Service points',
  'servicePoints.intro':
    'Capacity per service from {from} to {to}: regular hours less closed days, plus extra sessions.',
  'servicePoints.empty': 'No service points in your region yet.',
  'servicePoints.table': 'Service points and a week’s capacity per service',
  'servicePoints.note': '{n} service points. A — means the point does not offer that service.',
  'servicePoints.col.name': 'Service point',
  'servicePoints.col.kind': 'Kind',
  'servicePoints.col.counters': 'Counters',
  'servicePoints.service.recording': 'Recording',
  'servicePoints.service.printing': 'e-KTP printing/pick-up',
  'servicePoints.service.ikd_activation': 'IKD activation',
  'servicePoints.service.data_change': 'Data change',
  'servicePoints.kind.regency_office': 'Disdukcapil office',
  'servicePoints.kind.upt': 'District UPT',
  'servicePoints.kind.mpp': 'Public service mall',
  'servicePoints.kind.mobile': 'Mobile unit',
};
