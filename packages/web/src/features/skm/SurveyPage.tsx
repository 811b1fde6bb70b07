import type { SkmSurveyContext } from '@sigap/contracts';
import { formatDateLong } from '@sigap/domain';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ErrorAlert, Loading } from '../../components/Status';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useApiGet } from '../../lib/use-api-query';
import { useDocumentTitle } from '../../lib/use-document-title';
import { PublicFrame } from './PublicFrame';
import { SurveyForm } from './SurveyForm';
import { postSurvey, surveyPath } from './skm.api';

/** The one-time survey link a resident gets after service (`/skm/<token>`), phone first, no login. */
export function SurveyPage() {
  const t = useT();
  const { locale } = useLocale();
  useDocumentTitle(t('skm.title'));
  const token = useParams().token ?? '';
  const context = useApiGet<SkmSurveyContext>(queryKeys.skmPublic, surveyPath(token), {
    staleTime: Infinity,
  });
  const send = useApiMutation((body: Parameters<typeof postSurvey>[1], key: string) =>
    postSurvey(token, body, key),
  );
  const [done, setDone] = useState(false);
  return (
    <PublicFrame>
      <section className="page page-narrow">
        <header className="page-header">
          <h1>{t('skm.title')}</h1>
          {context.data ? (
            <p className="muted">
              {t('skm.context', {
                point: context.data.point.name,
                service: context.data.service ? t(`servicePoints.service.${context.data.service}`) : '—',
                date: formatDateLong(context.data.servedOn, locale),
              })}
            </p>
          ) : null}
        </header>
        {context.loading ? <Loading /> : null}
        {context.error ? <ErrorAlert error={context.error} /> : null}
        {done ? (
          <p className="alert alert-success" role="status">
            {t('skm.thanks')}
          </p>
        ) : context.data ? (
          <>
            <p>{t('skm.intro')}</p>
            <SurveyForm
              onSubmit={(b) => send.run(b).then(() => setDone(true))}
              pending={send.pending}
              error={send.error}
            />
          </>
        ) : null}
      </section>
    </PublicFrame>
  );
}
