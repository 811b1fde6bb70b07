/**
 * Calls read out one after another, never over each other: Novo SGA users hear two calls at once when two
 * counters call together. The browser's own speech queue is not enough: a `cancel()` anywhere drops it, and
 * some engines never fire `onend` (then the next call would wait for ever), so this queue speaks one
 * utterance at a time, waits for its end (or a time-out from its length) and a short pause, then the next.
 */

/** What the queue needs of `window.speechSynthesis` (a fake in tests). */
export interface Speaker {
  speak(text: string, onDone: () => void): void;
}

export interface VoiceQueueOptions {
  /** Silence between two calls, so they are heard as two. */
  pauseMs?: number;
  /** A call whose end never comes is given up after this long per character (plus a second). */
  msPerChar?: number;
  /** Calls waiting beyond this are dropped, oldest first: a backlog read minutes late helps nobody. */
  maxWaiting?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export class VoiceQueue {
  private readonly waiting: { key: string; text: string }[] = [];
  private readonly said = new Set<string>();
  private speaking = false;
  private readonly pauseMs: number;
  private readonly msPerChar: number;
  private readonly maxWaiting: number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(
    private readonly speaker: Speaker,
    options: VoiceQueueOptions = {},
  ) {
    this.pauseMs = options.pauseMs ?? 800;
    this.msPerChar = options.msPerChar ?? 120;
    this.maxWaiting = options.maxWaiting ?? 5;
    this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  }

  /** Queues a call; the same key (a call's event id) is said once, even when a reconnect sends it again. */
  add(key: string, text: string): void {
    if (this.said.has(key) || this.waiting.some((w) => w.key === key)) return;
    this.waiting.push({ key, text });
    while (this.waiting.length > this.maxWaiting) this.waiting.shift();
    this.next();
  }

  /** Calls not yet said (for the screen and tests). */
  get pending(): number {
    return this.waiting.length + (this.speaking ? 1 : 0);
  }

  private next(): void {
    if (this.speaking) return;
    const item = this.waiting.shift();
    if (!item) return;
    this.speaking = true;
    this.said.add(item.key);
    let finished = false;
    const done = () => {
      if (finished) return;
      finished = true;
      this.clearTimer(guard);
      this.setTimer(() => {
        this.speaking = false;
        this.next();
      }, this.pauseMs);
    };
    const guard = this.setTimer(done, 1000 + item.text.length * this.msPerChar);
    this.speaker.speak(item.text, done);
  }
}

/** The browser's speech, in Indonesian: an id-ID voice when the device has one, Indonesian text either way. */
export function browserSpeaker(): Speaker | undefined {
  if (typeof window === 'undefined' || !('speechSynthesis' in window)) return undefined;
  const synth = window.speechSynthesis;
  return {
    speak(text, onDone) {
      const u = new SpeechSynthesisUtterance(text);
      u.lang = 'id-ID';
      u.rate = 0.9;
      const voice = synth.getVoices().find((v) => v.lang.replace('_', '-').toLowerCase().startsWith('id'));
      if (voice) u.voice = voice;
      u.onend = onDone;
      u.onerror = onDone;
      synth.speak(u);
    },
  };
}
