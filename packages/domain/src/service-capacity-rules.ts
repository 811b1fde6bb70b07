/**
 * Validation of a service point's hours and extra sessions: each problem a stable code the API turns into
 * a bilingual message (see `SERVICE_RULE_MESSAGES`).
 */
import { isIsoDate } from './dates';
import {
  type DayHours,
  type ExtraSession,
  isHhMm,
  type ServicePointPlan,
  toMinutes,
  type WeeklyHours,
} from './service-capacity';

export type ServiceRuleCode =
  | 'bad_time'
  | 'close_before_open'
  | 'break_outside_hours'
  | 'bad_date'
  | 'session_end_before_start'
  | 'session_overlaps_hours'
  | 'session_overlaps_session';

export const SERVICE_RULE_MESSAGES: Record<ServiceRuleCode, { id: string; en: string }> = {
  bad_time: { id: 'Jam harus berformat JJ:MM.', en: 'Times must be HH:MM.' },
  close_before_open: {
    id: 'Jam tutup harus setelah jam buka.',
    en: 'Closing time must be after opening time.',
  },
  break_outside_hours: {
    id: 'Istirahat harus di dalam jam layanan dan berakhir setelah mulai.',
    en: 'The break must lie inside the opening hours and end after it starts.',
  },
  bad_date: { id: 'Tanggal tidak valid.', en: 'Invalid date.' },
  session_end_before_start: {
    id: 'Sesi harus berakhir setelah mulai.',
    en: 'A session must end after it starts.',
  },
  session_overlaps_hours: {
    id: 'Sesi tambahan tidak boleh bertumpang tindih dengan jam layanan biasa hari itu.',
    en: 'An extra session may not overlap the regular hours of that day.',
  },
  session_overlaps_session: {
    id: 'Sesi tambahan bertumpang tindih dengan sesi lain pada hari yang sama.',
    en: 'The extra session overlaps another session on the same day.',
  },
};

/** Problems of one weekday's hours, empty when valid. */
export function dayHoursProblems(h: DayHours): ServiceRuleCode[] {
  const times = [h.open, h.close, h.breakStart, h.breakEnd].filter((t): t is string => t !== undefined);
  if (!times.every(isHhMm)) return ['bad_time'];
  const open = toMinutes(h.open);
  const close = toMinutes(h.close);
  if (close <= open) return ['close_before_open'];
  if ((h.breakStart === undefined) !== (h.breakEnd === undefined)) return ['break_outside_hours'];
  if (h.breakStart && h.breakEnd) {
    const bs = toMinutes(h.breakStart);
    const be = toMinutes(h.breakEnd);
    if (bs <= open || be >= close || be <= bs) return ['break_outside_hours'];
  }
  return [];
}

/** Problems of a whole week, by weekday key. */
export function weeklyHoursProblems(hours: WeeklyHours): { day: string; code: ServiceRuleCode }[] {
  return Object.entries(hours).flatMap(([day, h]) =>
    h ? dayHoursProblems(h).map((code) => ({ day, code })) : [],
  );
}

/**
 * Problems of a new extra session against the point: valid times, not overlapping the regular hours of
 * its date (unless the point is closed that day) nor another session of that date.
 */
export function sessionProblems(plan: ServicePointPlan, s: ExtraSession): ServiceRuleCode[] {
  if (!isIsoDate(s.date)) return ['bad_date'];
  if (!isHhMm(s.start) || !isHhMm(s.end)) return ['bad_time'];
  const a = toMinutes(s.start);
  const b = toMinutes(s.end);
  if (b <= a) return ['session_end_before_start'];
  const overlaps = ([x, y]: [number, number]) => a < y && x < b;
  const h = plan.hours[String(new Date(`${s.date}T00:00:00Z`).getUTCDay()) as keyof WeeklyHours];
  const closed = plan.closures.some((c) => c.date === s.date);
  // The break is part of the regular day: a session inside it would be ambiguous too.
  if (h && !closed && overlaps([toMinutes(h.open), toMinutes(h.close)])) return ['session_overlaps_hours'];
  const others = plan.sessions.filter((o) => o.date === s.date);
  if (others.some((o) => overlaps([toMinutes(o.start), toMinutes(o.end)])))
    return ['session_overlaps_session'];
  return [];
}
