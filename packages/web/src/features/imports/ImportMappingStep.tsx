import type { ColumnMappingInput, ImportKind, UploadResponse } from '@sigap/contracts';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { FormField } from '../../components/FormField';
import { ErrorAlert } from '../../components/Status';
import { formatBytes } from '../../lib/format';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { ImportKindChoice } from './ImportKindChoice';
import { ImportPreviewTable } from './ImportPreviewTable';
import {
  type Mapping,
  mappingForApi,
  missingRequired,
  reusedHeaders,
  suggestedMapping,
  targetsFor,
} from './import-mapping';
import { startImport } from './imports.api';

interface ImportMappingStepProps {
  uploaded: UploadResponse;
  kind: ImportKind;
  onKindChange: (kind: ImportKind) => void;
  onBack: () => void;
}

/**
 * Step 2: the preview and, for every Sigap column, which file column feeds it (pre-filled from the server's
 * suggestion). The kind can still be switched here without uploading the file again.
 */
export function ImportMappingStep({ uploaded, kind, onKindChange, onBack }: ImportMappingStepProps) {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const { upload, preview } = uploaded;
  const [mappings, setMappings] = useState<Record<ImportKind, Mapping>>(() => ({
    residents: suggestedMapping(preview, 'residents'),
    status: suggestedMapping(preview, 'status'),
  }));
  const [error, setError] = useState<unknown>();
  const [starting, setStarting] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The upload button that had focus is gone; continue from the top of the new step.
  useEffect(() => headingRef.current?.focus(), []);
  const targets = targetsFor(preview, kind);
  const mapping = mappings[kind];
  const missing = missingRequired(targets, mapping);
  const reused = reusedHeaders(mapping);

  const setColumn = (target: string, header: string) =>
    setMappings((previous) => ({ ...previous, [kind]: { ...previous[kind], [target]: header } }));

  const begin = useApiMutation(
    (columns: ColumnMappingInput, key: string) => startImport(upload.id, kind, columns, key),
    [queryKeys.imports],
  );
  const start = () => {
    if (missing.length > 0) return;
    setStarting(true);
    setError(undefined);
    begin.run(mappingForApi(mapping)).then(
      (job) => navigate(`/impor/${job.id}`),
      (failure: unknown) => {
        setStarting(false);
        setError(failure);
      },
    );
  };

  const format =
    preview.format === 'csv'
      ? t('imports.formatCsv', { delimiter: preview.delimiter === '\t' ? 'Tab' : (preview.delimiter ?? ',') })
      : t('imports.formatXlsx');
  return (
    <div className="stack">
      <section className="panel stack" aria-labelledby="import-step2-title">
        <div className="panel-header">
          <h2 id="import-step2-title" ref={headingRef} tabIndex={-1}>
            {t('imports.step2Title')}
          </h2>
          <button type="button" className="button button-small" onClick={onBack} disabled={starting}>
            ← {t('imports.back')}
          </button>
        </div>
        <dl className="details details-compact">
          <dt>{t('imports.fileName')}</dt>
          <dd className="code">{upload.fileName}</dd>
          <dt>{t('imports.fileSize')}</dt>
          <dd>{formatBytes(upload.size, locale)}</dd>
          <dt>{t('imports.fileFormat')}</dt>
          <dd>{format}</dd>
        </dl>
        <ImportPreviewTable preview={preview} />
      </section>
      <section className="panel stack" aria-labelledby="import-mapping-title">
        <h2 id="import-mapping-title">{t('imports.mapping')}</h2>
        <ImportKindChoice idPrefix="import-kind2" value={kind} onChange={onKindChange} />
        <p className="muted">{t('imports.mappingIntro')}</p>
        <div className="mapping-grid">
          {targets.map((target) => (
            <FormField
              key={`${kind}-${target.name}`}
              id={`map-${kind}-${target.name}`}
              label={target.name}
              required={target.required}
              error={target.required && !mapping[target.name] ? t('imports.requiredColumn') : undefined}
            >
              {(control) => (
                <select
                  {...control}
                  className="code"
                  value={mapping[target.name] ?? ''}
                  onChange={(e) => setColumn(target.name, e.target.value)}
                >
                  <option value="">{t('imports.notMapped')}</option>
                  {preview.header.map((header, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: headers may repeat; their position tells them apart
                    <option key={`${index}-${header}`} value={header}>
                      {header}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          ))}
        </div>
        <div aria-live="polite">
          {missing.length > 0 ? (
            <p id="mapping-missing" className="alert alert-error">
              {t('imports.missingRequired', { columns: missing.join(', ') })}
            </p>
          ) : null}
          {reused.length > 0 ? (
            <p className="alert alert-warning">
              {t('imports.reusedColumns', { columns: reused.join(', ') })}
            </p>
          ) : null}
        </div>
        {error ? <ErrorAlert error={error} /> : null}
        <div className="form-actions">
          <button
            type="button"
            className="button button-primary"
            disabled={starting || missing.length > 0}
            aria-describedby={missing.length > 0 ? 'mapping-missing' : undefined}
            onClick={start}
          >
            {starting ? t('imports.starting') : t('imports.start')}
          </button>
        </div>
      </section>
    </div>
  );
}
