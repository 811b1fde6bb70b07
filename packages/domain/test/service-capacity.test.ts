import { describe, expect, it } from 'vitest';
import {
  dayHoursProblems,
  daySlots,
  type ServicePointPlan,
  sessionProblems,
  totalCapacity,
  weekdayOf,
} from '../src';

const weekday = { open: '08:00', close: '15:00', breakStart: '12:00', breakEnd: '13:00' };
const PLAN: ServicePointPlan = {
  counters: 2,
  services: { recording: 15, printing: 10 },
  hours: { '1': weekday, '2': weekday, '3': weekday, '4': weekday, '5': weekday },
  closures: [{ date: '2026-12-25', reason: 'Hari Raya Natal' }],
  sessions: [
    { date: '2026-12-08', kind: 'evening', start: '18:00', end: '20:00', counters: 1 },
    { date: '2026-12-12', kind: 'weekend', start: '08:00', end: '10:00', counters: 3 },
    { date: '2026-12-25', kind: 'holiday', start: '09:00', end: '10:00', counters: 1 },
  ],
};

describe('daySlots', () => {
  it('knows the weekday of a date', () => {
    expect(weekdayOf('2026-12-07')).toBe(1); // a Monday
    expect(weekdayOf('2026-12-13')).toBe(0);
  });

  it('cuts regular hours into slots, skipping the break', () => {
    const slots = daySlots(PLAN, '2026-12-07', 60);
    expect(slots.map((s) => s.start)).toEqual(['08:00', '09:00', '10:00', '11:00', '13:00', '14:00']);
    // 2 counters × 60 min ÷ 15 = 8 recordings, ÷ 10 = 12 prints; no IKD offered.
    expect(slots[0]?.capacity).toEqual({ recording: 8, printing: 12 });
    expect(totalCapacity(slots)).toEqual({ recording: 48, printing: 72 });
  });

  it('floors partial services and drops a slot that would run past closing', () => {
    const plan = { ...PLAN, hours: { '1': { open: '08:00', close: '09:40' } } };
    const slots = daySlots(plan, '2026-12-07', 45);
    expect(slots.map((s) => `${s.start}-${s.end}`)).toEqual(['08:00-08:45', '08:45-09:30']);
    expect(slots[0]?.capacity.recording).toBe(6); // 2 × 45 ÷ 15
    expect(daySlots({ ...plan, services: { recording: 40 } }, '2026-12-07', 45)[0]?.capacity).toEqual({
      recording: 2,
    });
  });

  it('holds back reserved capacity, never below zero', () => {
    const slots = daySlots({ ...PLAN, reserved: { recording: 3, printing: 20 } }, '2026-12-07', 60);
    expect(slots[0]?.capacity).toEqual({ recording: 5, printing: 0 });
  });

  it('adds extra sessions with their own counters, after regular hours', () => {
    const slots = daySlots(PLAN, '2026-12-08', 60);
    expect(slots.at(-1)).toEqual({
      start: '19:00',
      end: '20:00',
      source: 'evening',
      counters: 1,
      capacity: { recording: 4, printing: 6 },
    });
    expect(slots).toHaveLength(8);
  });

  it('runs sessions on a weekend and on a closed day, but no regular hours', () => {
    expect(daySlots(PLAN, '2026-12-13', 60)).toEqual([]);
    const saturday = daySlots(PLAN, '2026-12-12', 60);
    expect(saturday.map((s) => s.source)).toEqual(['weekend', 'weekend']);
    expect(saturday[0]?.capacity.recording).toBe(12);
    const christmas = daySlots(PLAN, '2026-12-25', 60);
    expect(christmas.map((s) => `${s.source} ${s.start}`)).toEqual(['holiday 09:00']);
  });

  it('refuses a slot length that is not a positive whole number', () => {
    expect(() => daySlots(PLAN, '2026-12-07', 0)).toThrow();
  });
});

describe('validation', () => {
  it('checks opening hours and the break', () => {
    expect(dayHoursProblems(weekday)).toEqual([]);
    expect(dayHoursProblems({ open: '15:00', close: '08:00' })).toEqual(['close_before_open']);
    expect(dayHoursProblems({ open: '8:00', close: '15:00' })).toEqual(['bad_time']);
    expect(dayHoursProblems({ ...weekday, breakStart: '07:00' })).toEqual(['break_outside_hours']);
    expect(dayHoursProblems({ ...weekday, breakEnd: '11:00' })).toEqual(['break_outside_hours']);
    expect(dayHoursProblems({ open: '08:00', close: '15:00', breakStart: '12:00' })).toEqual([
      'break_outside_hours',
    ]);
  });

  it('refuses sessions overlapping regular hours (break included) or another session', () => {
    const s = { date: '2026-12-07', kind: 'evening' as const, start: '15:00', end: '17:00', counters: 1 };
    expect(sessionProblems(PLAN, s)).toEqual([]);
    expect(sessionProblems(PLAN, { ...s, start: '14:30' })).toEqual(['session_overlaps_hours']);
    expect(sessionProblems(PLAN, { ...s, start: '12:00', end: '12:30' })).toEqual(['session_overlaps_hours']);
    expect(sessionProblems(PLAN, { ...s, date: '2026-12-08', start: '19:00', end: '21:00' })).toEqual([
      'session_overlaps_session',
    ]);
    expect(sessionProblems(PLAN, { ...s, end: '15:00' })).toEqual(['session_end_before_start']);
  });

  it('lets a session use the regular hours of a closed day', () => {
    const s = { date: '2026-12-25', kind: 'holiday' as const, start: '10:00', end: '12:00', counters: 1 };
    expect(sessionProblems(PLAN, s)).toEqual([]);
  });
});
