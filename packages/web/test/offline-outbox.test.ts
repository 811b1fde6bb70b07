import { describe, expect, it } from 'vitest';
import { memoryStore, Outbox, type OutboxItem, type Transport } from '../src/lib/offline-outbox';

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
  ) {
    super(`${status} ${error}`);
  }
}

function setup(transport: Transport, timeoutMs = 1000) {
  let clock = new Date('2026-12-04T08:00:00Z');
  let n = 0;
  const store = memoryStore();
  const box = new Outbox('test:visit:1', {
    store,
    transport,
    now: () => clock,
    newId: () => `client-id-${String(++n).padStart(4, '0')}`,
    timeoutMs,
  });
  return { box, store, advance: (ms: number) => (clock = new Date(clock.getTime() + ms)) };
}

const write = (label: string) => ({ method: 'POST' as const, url: '/v1/x', body: { label }, label });

describe('offline outbox', () => {
  it('stores an item before resolving and sends items in the order they were made, each with its own key', async () => {
    const sent: string[] = [];
    const { box, store } = setup(async (item) => {
      sent.push(item.id);
      return { ok: item.label };
    });
    const a = await box.enqueue(write('a'));
    expect((await store.get(a.id))?.state).toBe('waiting');
    await box.enqueue(write('b'));
    await box.flush();
    expect(sent).toEqual(['client-id-0001', 'client-id-0002']);
    const items = await box.items();
    expect(items.map((i) => [i.state, i.result])).toEqual([
      ['synced', { ok: 'a' }],
      ['synced', { ok: 'b' }],
    ]);
  });

  it('keeps an item waiting with the reason after a network failure, stops the round, and resends the same key later', async () => {
    let online = false;
    const sent: string[] = [];
    const { box, advance } = setup(async (item) => {
      sent.push(item.id);
      if (!online) throw new Refusal(0, 'network_error');
      return {};
    });
    await box.enqueue(write('a'));
    await box.enqueue(write('b'));
    await box.flush();
    expect(sent).toEqual(['client-id-0001']);
    const [first] = await box.items();
    expect(first).toMatchObject({ state: 'waiting', attempts: 1, lastError: { error: 'network_error' } });
    await box.flush(); // still backing off, and 'b' keeps its place behind 'a': nothing sent
    expect(sent).toHaveLength(1);
    online = true;
    advance(5000);
    await box.flush();
    expect(sent).toEqual(['client-id-0001', 'client-id-0001', 'client-id-0002']);
    expect((await box.items()).every((i) => i.state === 'synced' && !i.lastError)).toBe(true);
  });

  it('puts a refused item aside for a person without holding up the next one', async () => {
    const { box } = setup(async (item) => {
      if (item.label === 'bad') throw new Refusal(422, 'nik_invalid');
      return {};
    });
    const bad = await box.enqueue(write('bad'));
    await box.enqueue(write('good'));
    await box.flush();
    const states = (await box.items()).map((i: OutboxItem) => [i.label, i.state, i.lastError?.error]);
    expect(states).toEqual([
      ['bad', 'attention', 'nik_invalid'],
      ['good', 'synced', undefined],
    ]);
    await box.flush(); // a refused item is not resent by itself
    expect(await box.discard(bad.id)).toBe(true);
    expect((await box.items()).map((i) => i.label)).toEqual(['good']);
  });

  it('never leaves an item in "sending": a dead page’s item is sent again, a hung request times out', async () => {
    const aborted = (signal: AbortSignal) =>
      new Promise((_, reject) =>
        signal.addEventListener('abort', () =>
          reject(Object.assign(new Error('aborted'), { name: 'AbortError' })),
        ),
      );
    const { box, store } = setup((_item, signal) => aborted(signal), 20);
    const made = await box.enqueue(write('dead'));
    // A page closed mid-request left this behind.
    await store.put({ ...made, state: 'sending', sendingSince: '2026-12-04T07:59:59Z', attempts: 1 });
    await box.flush();
    const [after] = await box.items();
    expect(after).toMatchObject({ state: 'waiting', attempts: 2, lastError: { error: 'timeout' } });
  });

  it('shares one round between concurrent flushes, so a double tap does not send twice', async () => {
    let calls = 0;
    const { box } = setup(async () => {
      calls += 1;
      await new Promise((r) => setTimeout(r, 5));
      return {};
    });
    await box.enqueue(write('a'));
    await Promise.all([box.flush(), box.flush(), box.flush()]);
    expect(calls).toBe(1);
  });
});
