import type { SkmKioskContext } from '@sigap/contracts';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { ErrorAlert, Loading } from '../../components/Status';
import { useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useApiGet } from '../../lib/use-api-query';
import { useDocumentTitle } from '../../lib/use-document-title';
import { PublicFrame } from './PublicFrame';
import { SurveyForm } from './SurveyForm';
import { kioskPath, postKiosk } from './skm.api';

/** The thank-you stays this long, then the form is empty again for the next resident. */
const RESET_MS = 6_000;

/** The survey on a tablet in a point's waiting room: answer, thanks, and a fresh form for the next person. */
export function KioskPage() {
  const t = useT();
  useDocumentTitle(t('skm.kioskTitle'));
  const pointId = Number(useParams().pointId);
  const context = useApiGet<SkmKioskContext>(queryKeys.skmPublic, kioskPath(pointId), {
    staleTime: Infinity,
  });
  const send = useApiMutation((body: Parameters<typeof postKiosk>[1], key: string) =>
    postKiosk(pointId, body, key),
  );
  const [round, setRound] = useState(0);
  const [thanks, setThanks] = useState(false);
  const { reset } = send;
  useEffect(() => {
    if (!thanks) return;
    const h = setTimeout(() => {
      setThanks(false);
      reset();
      setRound((r) => r + 1);
    }, RESET_MS);
    return () => clearTimeout(h);
  }, [thanks, reset]);
  return (
    <PublicFrame>
      <section className="page page-narrow">
        <header className="page-header">
          <h1>{t('skm.kioskTitle')}</h1>
          {context.data ? <p className="muted">{context.data.point.name}</p> : null}
        </header>
        {context.loading ? <Loading /> : null}
        {context.error ? <ErrorAlert error={context.error} /> : null}
        {thanks ? (
          <p className="alert alert-success skm-thanks" role="status">
            {t('skm.kioskThanks')}
          </p>
        ) : context.data ? (
          <SurveyForm
            key={round}
            onSubmit={(b) => send.run(b).then(() => setThanks(true))}
            pending={send.pending}
            error={send.error}
          />
        ) : null}
      </section>
    </PublicFrame>
  );
}
