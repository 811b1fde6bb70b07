/**
 * Capacity of a service point (issue 12, "Service points and sessions"): regular weekly hours with a break,
 * closures, and extra sessions (evening, weekend, holiday, election day) as first-class objects. Pure: the
 * server stores points, closures and sessions; this file decides what a day offers.
 *
 * Rules decided here (documented in docs/architecture.md):
 * - a closure cancels the regular hours of its date only; an extra session runs even on a closed day or a
 *   weekend (that is what a holiday or election-day session is for);
 * - an extra session may not overlap the regular hours of its date when the point is open that day: two
 *   sets of counters at the same minute would make a slot's capacity ambiguous (`session_overlaps_hours`);
 * - a slot that would run past the end of a period is not offered (capacity is counted in whole slots).
 */
export const SERVICE_KINDS = ['recording', 'printing', 'ikd_activation', 'data_change'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];
export const SESSION_KINDS = ['evening', 'weekend', 'holiday', 'election_day'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];
/** Weekdays as JavaScript numbers them: 0 Sunday … 6 Saturday. */
export const WEEKDAYS = ['0', '1', '2', '3', '4', '5', '6'] as const;

/** Minutes one service takes at one counter, per service the point offers. */
export type ServiceMinutes = Partial<Record<ServiceKind, number>>;

export interface DayHours {
  open: string;
  close: string;
  breakStart?: string | undefined;
  breakEnd?: string | undefined;
}
export type WeeklyHours = Partial<Record<(typeof WEEKDAYS)[number], DayHours>>;

export interface Closure {
  date: string;
  reason: string;
}
export interface ExtraSession {
  date: string;
  kind: SessionKind;
  start: string;
  end: string;
  counters: number;
}

export interface ServicePointPlan {
  counters: number;
  services: ServiceMinutes;
  hours: WeeklyHours;
  closures: readonly Closure[];
  sessions: readonly ExtraSession[];
  /** Capacity held back per service in every slot (walk-ins, priority lanes). */
  reserved?: ServiceMinutes | undefined;
}

export interface Slot {
  start: string;
  end: string;
  source: 'regular' | SessionKind;
  counters: number;
  capacity: Partial<Record<ServiceKind, number>>;
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
export function isHhMm(v: string): boolean {
  return HHMM.test(v);
}
export function toMinutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}
function fromMinutes(m: number): string {
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Weekday of an ISO date, 0 Sunday … 6 Saturday (calendar arithmetic, no time zone). */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** The regular periods of a date ([start, end) in minutes): none when closed or no hours that weekday. */
export function regularPeriods(plan: ServicePointPlan, date: string): [number, number][] {
  if (plan.closures.some((c) => c.date === date)) return [];
  const h = plan.hours[String(weekdayOf(date)) as (typeof WEEKDAYS)[number]];
  if (!h) return [];
  const open = toMinutes(h.open);
  const close = toMinutes(h.close);
  if (!h.breakStart || !h.breakEnd) return [[open, close]];
  return [
    [open, toMinutes(h.breakStart)],
    [toMinutes(h.breakEnd), close],
  ];
}

function slotsOf(
  from: number,
  to: number,
  len: number,
  counters: number,
  source: Slot['source'],
  plan: ServicePointPlan,
): Slot[] {
  const out: Slot[] = [];
  for (let s = from; s + len <= to; s += len) {
    const capacity: Slot['capacity'] = {};
    for (const kind of SERVICE_KINDS) {
      const minutes = plan.services[kind];
      if (!minutes) continue;
      const raw = Math.floor((counters * len) / minutes);
      capacity[kind] = Math.max(0, raw - (plan.reserved?.[kind] ?? 0));
    }
    out.push({ start: fromMinutes(s), end: fromMinutes(s + len), source, counters, capacity });
  }
  return out;
}

/** The slots a date offers: regular hours minus the break (unless closed), then its extra sessions. */
export function daySlots(plan: ServicePointPlan, date: string, slotMinutes: number): Slot[] {
  if (!Number.isInteger(slotMinutes) || slotMinutes <= 0) throw new Error('slotMinutes must be positive');
  const regular = regularPeriods(plan, date).flatMap(([a, b]) =>
    slotsOf(a, b, slotMinutes, plan.counters, 'regular', plan),
  );
  const extra = plan.sessions
    .filter((s) => s.date === date)
    .flatMap((s) => slotsOf(toMinutes(s.start), toMinutes(s.end), slotMinutes, s.counters, s.kind, plan));
  return [...regular, ...extra].sort((a, b) => a.start.localeCompare(b.start));
}

/** Sum of the capacity of slots, per service. */
export function totalCapacity(
  slots: readonly Pick<Slot, 'capacity'>[],
): Partial<Record<ServiceKind, number>> {
  const total: Partial<Record<ServiceKind, number>> = {};
  for (const s of slots) {
    for (const [k, v] of Object.entries(s.capacity) as [ServiceKind, number][])
      total[k] = (total[k] ?? 0) + v;
  }
  return total;
}
