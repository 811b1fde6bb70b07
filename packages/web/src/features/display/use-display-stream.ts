import type { DisplayBoard, DisplayCall } from '@sigap/contracts';
import { useEffect, useRef, useState } from 'react';

/** No heartbeat (sent every 20 s) for this long: the display says it is offline. */
const SILENCE_MS = 50_000;
/** After the stream was refused or the server was gone, a fresh connection is tried this often. */
const RETRY_MS = 5_000;

export interface DisplayStreamState {
  board: DisplayBoard | undefined;
  online: boolean;
  /** The point does not exist (404): nothing to wait for. */
  notFound: boolean;
}

/**
 * The board of a point kept live through server-sent events: `board` replaces what is shown, `call` goes to
 * `onCall` (the voice). EventSource reconnects by itself and sends Last-Event-ID, so calls missed during a
 * short drop are replayed by the server; when the browser gives up (an error answer, a proxy page) a new
 * stream is opened after a pause, carrying the last event id in the query.
 */
export function useDisplayStream(pointId: number, onCall: (call: DisplayCall) => void): DisplayStreamState {
  const [board, setBoard] = useState<DisplayBoard>();
  const [online, setOnline] = useState(false);
  const [notFound, setNotFound] = useState(false);
  const onCallRef = useRef(onCall);
  onCallRef.current = onCall;

  useEffect(() => {
    let lastEventId: string | undefined;
    let lastSeen = Date.now();
    let source: EventSource | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;

    const seen = (e: MessageEvent) => {
      lastSeen = Date.now();
      if (e.lastEventId) lastEventId = e.lastEventId;
      setOnline(true);
    };
    const open = () => {
      const query = lastEventId ? `?lastEventId=${encodeURIComponent(lastEventId)}` : '';
      const es = new EventSource(`/api/v1/display/${pointId}/events${query}`);
      source = es;
      es.addEventListener('board', (e) => {
        seen(e);
        setBoard(JSON.parse(e.data) as DisplayBoard);
      });
      es.addEventListener('call', (e) => {
        seen(e);
        onCallRef.current(JSON.parse(e.data) as DisplayCall);
      });
      es.addEventListener('heartbeat', seen);
      es.onerror = () => {
        setOnline(false);
        if (es.readyState !== EventSource.CLOSED || stopped) return;
        // The browser gave up: find out whether the point exists at all before trying again.
        fetch(`/api/v1/display/${pointId}`)
          .then((r) => {
            if (r.status === 404) setNotFound(true);
            else if (!stopped) retry = setTimeout(open, RETRY_MS);
          })
          .catch(() => {
            if (!stopped) retry = setTimeout(open, RETRY_MS);
          });
      };
    };
    open();
    const watchdog = setInterval(() => {
      if (Date.now() - lastSeen > SILENCE_MS) setOnline(false);
    }, 5_000);
    return () => {
      stopped = true;
      source?.close();
      clearTimeout(retry);
      clearInterval(watchdog);
    };
  }, [pointId]);

  return { board, online, notFound };
}
