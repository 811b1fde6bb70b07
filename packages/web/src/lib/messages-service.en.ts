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
  'suggest.title': 'Suggested extra sessions',
  'suggest.onTrack':
    'At the current pace {region} reaches its target before voting day: no extra sessions needed.',
  'suggest.noDeadline': 'There is no voting day for {region} yet: no extra sessions to suggest.',
  'suggest.gap':
    'At {pace} recordings a day, {gap} people who must hold an e-KTP in {region} will not be recorded by {deadline}.',
  'suggest.hours':
    'Closing that gap takes {counterHours} counter-hours: {sessionHours} hours with all {counters} recording counters of {points} service points open, i.e. {sessions} evening sessions of {length} hours ({perWeek} a week).',
  'suggest.minutes.measured':
    'Service time: {minutes} minutes per recording (median of {n} services at the counters, last 28 days).',
  'suggest.minutes.configured':
    "Service time: {minutes} minutes per recording (from the service points' settings; not enough counter data yet).",
  'suggest.minutes.default':
    'Service time: {minutes} minutes per recording (default; no point offers recording yet).',
  'suggest.noPace': 'no measured pace',
};
