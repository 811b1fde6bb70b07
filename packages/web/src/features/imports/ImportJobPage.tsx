import { Link, useParams } from 'react-router';
import { ErrorAlert, Loading } from '../../components/Status';
import { ApiError } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { useDocumentTitle } from '../../lib/use-document-title';
import { ImportErrors } from './ImportErrors';
import { ImportProgressPanel } from './ImportProgressPanel';
import { ImportResult } from './ImportResult';
import { ImportSteps } from './ImportSteps';
import { KIND_KEYS } from './import-labels';
import { isFinished } from './imports.api';
import { useImportJob } from './use-import-job';

/** Steps 3 and 4 of one import: live progress while it runs, then the result and the rejected rows. */
export function ImportJobPage() {
  const t = useT();
  const id = useParams().id ?? '';
  const { job, error, retry } = useImportJob(id);
  useDocumentTitle(t('imports.jobTitle', { id }));
  const finished = job ? isFinished(job) : false;
  const notFound = error instanceof ApiError && error.status === 404;

  return (
    <section className="page">
      <p>
        <Link to="/impor">← {t('imports.backToList')}</Link>
      </p>
      <header className="page-header">
        <h1>{t('imports.jobTitle', { id })}</h1>
        {job ? (
          <p className="muted">
            <span className="code break-all">{job.fileName}</span> · {t(KIND_KEYS[job.kind])}
          </p>
        ) : null}
      </header>
      <ImportSteps current={finished ? 4 : 3} />
      {!job && !error ? <Loading /> : null}
      {notFound ? <p className="alert alert-info">{t('imports.notFound')}</p> : null}
      {error && !notFound ? <ErrorAlert error={error} onRetry={retry} /> : null}
      {job ? (
        <div className="stack">
          <ImportProgressPanel job={job} />
          {finished ? (
            <>
              <ImportResult job={job} />
              <ImportErrors jobId={id} rejected={job.rejected} />
              <p>
                <Link to="/impor" className="button button-primary">
                  {t('imports.newImport')}
                </Link>
              </p>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
