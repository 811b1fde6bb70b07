import { describe, expect, it } from 'vitest';
import { type Speaker, VoiceQueue } from '../src/features/display/voice-queue';

/** A speaker that records what it is asked to say and finishes only when told; timers run by hand. */
function harness() {
  const spoken: string[] = [];
  let finish: (() => void) | undefined;
  const timers: { fn: () => void; ms: number; live: boolean }[] = [];
  const speaker: Speaker = {
    speak(text, onDone) {
      spoken.push(text);
      finish = onDone;
    },
  };
  const queue = new VoiceQueue(speaker, {
    pauseMs: 10,
    setTimer: (fn, ms) => {
      const t = { fn, ms, live: true };
      timers.push(t);
      return t;
    },
    clearTimer: (h) => {
      (h as { live: boolean }).live = false;
    },
  });
  const runTimers = (ms: number) => {
    for (const t of timers.filter((x) => x.live && x.ms <= ms)) {
      t.live = false;
      t.fn();
    }
  };
  return { spoken, queue, end: () => finish?.(), runTimers };
}

describe('voice queue', () => {
  it('says one call at a time, the next only after the first ended and a pause', () => {
    const h = harness();
    h.queue.add('1', 'satu');
    h.queue.add('2', 'dua');
    expect(h.spoken).toEqual(['satu']);
    h.end();
    expect(h.spoken).toEqual(['satu']);
    h.runTimers(10);
    expect(h.spoken).toEqual(['satu', 'dua']);
  });

  it('says a call once even when a reconnect sends it again', () => {
    const h = harness();
    h.queue.add('7', 'tujuh');
    h.queue.add('7', 'tujuh');
    h.end();
    h.runTimers(10);
    h.queue.add('7', 'tujuh');
    expect(h.spoken).toEqual(['tujuh']);
  });

  it('moves on when the speech engine never says it ended', () => {
    const h = harness();
    h.queue.add('1', 'satu');
    h.queue.add('2', 'dua');
    h.runTimers(60_000);
    h.runTimers(10);
    expect(h.spoken).toEqual(['satu', 'dua']);
  });

  it('drops the oldest calls of a long backlog', () => {
    const h = harness();
    for (let i = 0; i < 9; i++) h.queue.add(String(i), `c${i}`);
    expect(h.queue.pending).toBe(6);
  });
});
