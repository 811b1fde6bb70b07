import type { DisplayCall } from '@sigap/contracts';
import { formatNumber, queueCallCaption, queueCallSpeech } from '@sigap/domain';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { useLocale, useT } from '../../lib/i18n';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useDisplayStream } from './use-display-stream';
import { browserSpeaker, VoiceQueue } from './voice-queue';

/**
 * The TV in the waiting room ("tampilan"): each counter's number in large type, the last calls, who waits,
 * updated live (no reload) and read out in Indonesian, one call after another. Public: no login, no names.
 */
export function DisplayPage() {
  const t = useT();
  const { locale } = useLocale();
  const pointId = Number(useParams().pointId);
  const [voiceOn, setVoiceOn] = useState(false);
  const [flash, setFlash] = useState<DisplayCall>();
  const speaker = useMemo(() => browserSpeaker(), []);
  const voice = useMemo(() => (speaker ? new VoiceQueue(speaker) : undefined), [speaker]);
  const voiceOnRef = useRef(voiceOn);
  voiceOnRef.current = voiceOn;

  const onCall = useCallback(
    (call: DisplayCall) => {
      setFlash(call);
      if (voiceOnRef.current) {
        voice?.add(String(call.id), queueCallSpeech(call.label, call.counter, call.recall));
      }
    },
    [voice],
  );
  const { board, online, notFound } = useDisplayStream(pointId, onCall);
  useDocumentTitle(board ? `${t('display.title')} · ${board.point.name}` : t('display.title'));

  useEffect(() => {
    if (!flash) return;
    const h = setTimeout(() => setFlash(undefined), 12_000);
    return () => clearTimeout(h);
  }, [flash]);

  // Browsers play sound only after a gesture: the button is that gesture, and says a short sentence.
  const enableVoice = () => {
    setVoiceOn(true);
    voice?.add(`enable-${Date.now()}`, t('display.voiceTest'));
  };

  if (!Number.isInteger(pointId) || pointId <= 0 || notFound) {
    return (
      <main className="display-page">
        <p className="display-empty">{t('display.notFound')}</p>
      </main>
    );
  }
  return (
    <main className="display-page" lang="id">
      <header className="display-header">
        <h1>{board?.point.name ?? t('display.title')}</h1>
        <div className="display-status">
          <span className={online ? 'display-online' : 'display-offline'} role="status">
            {online ? t('display.online') : t('display.offline')}
          </span>
          {speaker ? (
            voiceOn ? (
              <button type="button" className="button button-on-dark" onClick={() => setVoiceOn(false)}>
                {t('display.voiceOff')}
              </button>
            ) : (
              <button type="button" className="button button-primary display-voice" onClick={enableVoice}>
                {t('display.voiceOn')}
              </button>
            )
          ) : (
            <span className="muted">{t('display.noVoice')}</span>
          )}
        </div>
      </header>
      {flash ? (
        <p className="display-flash" aria-live="assertive">
          {queueCallCaption(flash.label, flash.counter)}
        </p>
      ) : null}
      <section className="display-counters" aria-label={t('display.counters')}>
        {(board?.counters ?? []).map((c) => (
          <div key={c.counter} className={`display-counter${c.label ? ' display-counter-busy' : ''}`}>
            <span className="display-counter-name">{t('display.counter', { n: c.counter })}</span>
            <span className="display-number" data-testid={`counter-${c.counter}`}>
              {c.label ?? '—'}
            </span>
            <span className="display-counter-state">
              {c.status ? t(`display.status.${c.status}`) : t('display.status.free')}
            </span>
          </div>
        ))}
      </section>
      <section className="display-side">
        <h2>{t('display.lastCalls')}</h2>
        {board && board.lastCalls.length === 0 ? <p>{t('display.noCalls')}</p> : null}
        <ol className="display-calls">
          {(board?.lastCalls ?? []).map((c) => (
            <li key={c.id}>
              <strong>{c.label}</strong> → {t('display.counter', { n: c.counter })}
              {c.recall ? <span className="display-recall"> ({t('display.recall')})</span> : null}
            </li>
          ))}
        </ol>
        {board ? (
          <p className="display-waiting">
            {t('display.waiting', {
              booked: formatNumber(board.waiting.booked, locale),
              priority: formatNumber(board.waiting.priority, locale),
              walkIn: formatNumber(board.waiting.walk_in, locale),
            })}
          </p>
        ) : null}
      </section>
    </main>
  );
}
