/**
 * How many extra session-hours would close a region's gap by voting day (issue 12, "Suggest extra
 * sessions"). Pure: the server passes the forecast's remaining count and pace, the minutes a recording
 * takes (measured at the counters when there is enough history, else the points' configured minutes) and
 * the counters the region's points can open in an extra session.
 *
 * The gap is what the current pace leaves undone by voting day: remaining − pace × days left. Closing it
 * takes gap × minutes ÷ 60 counter-hours; spread over the counters of every point offering recording, that
 * is the wall-clock session-hours; in evening sessions of `sessionHours` each, the number of evenings.
 */
export interface SessionSuggestionInput {
  /** Wajib KTP still to record to reach the target (the forecast's "remaining"). */
  remaining: number;
  /** Recordings per day at the recent pace; null when there is no history to measure it. */
  pacePerDay: number | null;
  /** Days from today up to and including voting day; 0 or less when it has passed. */
  daysLeft: number;
  /** Minutes one recording takes at one counter. */
  minutesPerService: number;
  /** Counters the region can open in an extra session (all points offering recording together). */
  counters: number;
  /** Length of one suggested extra session, in hours (an evening of 3 hours by default). */
  sessionHours?: number;
}

export interface SessionSuggestion {
  /** People the current pace leaves unrecorded on voting day. */
  gap: number;
  counterHours: number;
  /** Wall-clock hours with every counter open. */
  sessionHours: number;
  /** Extra sessions of `sessionLength` hours needed. */
  sessions: number;
  sessionLength: number;
  /** Extra sessions per week needed to fit them before voting day (null when none or no time is left). */
  sessionsPerWeek: number | null;
}

export const DEFAULT_SESSION_HOURS = 3;

export function suggestExtraSessions(input: SessionSuggestionInput): SessionSuggestion {
  const sessionLength = input.sessionHours ?? DEFAULT_SESSION_HOURS;
  const daysLeft = Math.max(0, input.daysLeft);
  const byPace = input.pacePerDay === null ? 0 : Math.floor(input.pacePerDay * daysLeft);
  const gap = Math.max(0, input.remaining - byPace);
  const counterHours = Math.ceil((gap * Math.max(0, input.minutesPerService)) / 60);
  const sessionHours = input.counters > 0 ? Math.ceil(counterHours / input.counters) : counterHours;
  const sessions = sessionHours === 0 ? 0 : Math.ceil(sessionHours / sessionLength);
  const weeks = daysLeft / 7;
  const sessionsPerWeek = sessions === 0 || daysLeft === 0 ? null : Math.ceil(sessions / Math.max(1, weeks));
  return { gap, counterHours, sessionHours, sessions, sessionLength, sessionsPerWeek };
}
