import type { ImportKind, UploadResponse } from '@sigap/contracts';
import { useState } from 'react';
import { useT } from '../../lib/i18n';
import { useDocumentTitle } from '../../lib/use-document-title';
import { ImportFileStep } from './ImportFileStep';
import { ImportHistory } from './ImportHistory';
import { ImportMappingStep } from './ImportMappingStep';
import { ImportSteps } from './ImportSteps';

/**
 * Impor data SIAK: steps 1 (file) and 2 (mapping) live here; starting the import moves to the job's own page
 * (/impor/:id) for steps 3 and 4, so a reload or a shared link follows the same job. Past imports below.
 */
export function ImportPage() {
  const t = useT();
  useDocumentTitle(t('imports.title'));
  const [kind, setKind] = useState<ImportKind>('residents');
  const [uploaded, setUploaded] = useState<UploadResponse>();
  const [returned, setReturned] = useState(false);

  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('imports.title')}</h1>
        <p className="muted">{t('imports.intro')}</p>
      </header>
      <ImportSteps current={uploaded ? 2 : 1} />
      {uploaded ? (
        <ImportMappingStep
          key={uploaded.upload.id}
          uploaded={uploaded}
          kind={kind}
          onKindChange={setKind}
          onBack={() => {
            setUploaded(undefined);
            setReturned(true);
          }}
        />
      ) : (
        <ImportFileStep kind={kind} onKindChange={setKind} onUploaded={setUploaded} focusOnMount={returned} />
      )}
      <ImportHistory />
    </section>
  );
}
