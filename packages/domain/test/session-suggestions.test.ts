import { describe, expect, it } from 'vitest';
import { suggestExtraSessions } from '../src/session-suggestions';

describe('suggestExtraSessions', () => {
  it('leaves nothing to suggest when the pace closes the gap in time', () => {
    const s = suggestExtraSessions({
      remaining: 900,
      pacePerDay: 100,
      daysLeft: 10,
      minutesPerService: 15,
      counters: 4,
    });
    expect(s).toMatchObject({ gap: 0, counterHours: 0, sessions: 0, sessionsPerWeek: null });
  });

  it('turns the gap into counter-hours, wall-clock hours over all counters, and 3-hour evenings', () => {
    // 2,000 left, 50 a day for 28 days = 1,400 → gap 600; × 15 min = 150 counter-hours; 5 counters → 30 h; 10 evenings.
    const s = suggestExtraSessions({
      remaining: 2000,
      pacePerDay: 50,
      daysLeft: 28,
      minutesPerService: 15,
      counters: 5,
    });
    expect(s).toEqual({
      gap: 600,
      counterHours: 150,
      sessionHours: 30,
      sessions: 10,
      sessionLength: 3,
      sessionsPerWeek: 3,
    });
  });

  it('counts the whole remainder when no pace is known, and all of it when voting day has passed', () => {
    expect(
      suggestExtraSessions({
        remaining: 40,
        pacePerDay: null,
        daysLeft: 5,
        minutesPerService: 30,
        counters: 2,
      }).gap,
    ).toBe(40);
    const late = suggestExtraSessions({
      remaining: 40,
      pacePerDay: 100,
      daysLeft: -3,
      minutesPerService: 30,
      counters: 2,
    });
    expect(late).toMatchObject({
      gap: 40,
      counterHours: 20,
      sessionHours: 10,
      sessions: 4,
      sessionsPerWeek: null,
    });
  });
});
