import type { ImportKind, UploadResponse } from '@sigap/contracts';
import { formatPercent } from '@sigap/domain';
import { type DragEvent, type FormEvent, useEffect, useRef, useState } from 'react';
import { ProgressBar } from '../../components/ProgressBar';
import { ErrorAlert } from '../../components/Status';
import { formatBytes } from '../../lib/format';
import { useLocale, useT } from '../../lib/i18n';
import { ImportKindChoice } from './ImportKindChoice';
import { isAcceptedFile, MAX_UPLOAD_BYTES, uploadFile } from './imports.api';

interface ImportFileStepProps {
  kind: ImportKind;
  onKindChange: (kind: ImportKind) => void;
  onUploaded: (result: UploadResponse) => void;
  /** Move focus here on mount (coming back from step 2), not on a fresh page load. */
  focusOnMount?: boolean;
}

type Problem = 'noFile' | 'badType' | 'tooLarge';
const PROBLEM_KEYS = {
  noFile: 'imports.noFile',
  badType: 'imports.badType',
  tooLarge: 'imports.tooLarge',
} as const;

/** Step 1: a file (picked or dropped) and the kind of extract; the upload shows its own progress. */
export function ImportFileStep({
  kind,
  onKindChange,
  onUploaded,
  focusOnMount = false,
}: ImportFileStepProps) {
  const t = useT();
  const { locale } = useLocale();
  const [file, setFile] = useState<File>();
  const [problem, setProblem] = useState<Problem>();
  const [error, setError] = useState<unknown>();
  const [dragging, setDragging] = useState(false);
  const [sent, setSent] = useState<number>();
  const inputRef = useRef<HTMLInputElement>(null);
  const abortRef = useRef<AbortController>(undefined);
  const uploading = sent !== undefined;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on mount
  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, []);

  const choose = (next: File | undefined) => {
    setError(undefined);
    if (!next) {
      setFile(undefined);
      return;
    }
    if (!isAcceptedFile(next.name)) setProblem('badType');
    else if (next.size > MAX_UPLOAD_BYTES) setProblem('tooLarge');
    else setProblem(undefined);
    setFile(next);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (uploading) return;
    const dropped = event.dataTransfer.files[0];
    // Mirror the drop into the input, so what the form shows and what it holds stay the same.
    if (dropped && inputRef.current) inputRef.current.files = event.dataTransfer.files;
    choose(dropped);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) {
      setProblem('noFile');
      return;
    }
    if (problem) return;
    const controller = new AbortController();
    abortRef.current = controller;
    setError(undefined);
    setSent(0);
    uploadFile(file, (loaded, total) => setSent(total > 0 ? loaded / total : 0), controller.signal).then(
      (result) => {
        setSent(undefined);
        onUploaded(result);
      },
      (failure: unknown) => {
        setSent(undefined);
        if (!controller.signal.aborted) setError(failure);
      },
    );
  };

  const problemId = 'import-file-problem';
  return (
    <form className="panel stack" onSubmit={submit} noValidate aria-labelledby="import-step1-title">
      <h2 id="import-step1-title" ref={headingRef} tabIndex={-1}>
        {t('imports.step1Title')}
      </h2>
      {error ? <ErrorAlert error={error} /> : null}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a mouse shortcut; the file input inside is the accessible control */}
      <div
        className={`dropzone${dragging ? ' dropzone-active' : ''}${problem ? ' dropzone-invalid' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="import-dropzone"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="36" height="36" className="icon dropzone-icon">
          <path
            fill="currentColor"
            d="M11 16V7.8l-2.6 2.6L7 9l5-5 5 5-1.4 1.4L13 7.8V16h-2Zm-6 4a2 2 0 0 1-2-2v-3h2v3h14v-3h2v3a2 2 0 0 1-2 2H5Z"
          />
        </svg>
        <p className="dropzone-text">{t('imports.drop')}</p>
        <div className="field">
          <label htmlFor="import-file">{t('imports.file')}</label>
          <input
            ref={inputRef}
            id="import-file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={uploading}
            aria-invalid={problem ? true : undefined}
            aria-describedby={`import-file-hint${problem ? ` ${problemId}` : ''}`}
            onChange={(event) => choose(event.target.files?.[0])}
          />
          <p id="import-file-hint" className="field-hint">
            {t('imports.fileHint')}
          </p>
          {problem ? (
            <p id={problemId} className="field-error" role="alert">
              {t(PROBLEM_KEYS[problem])}
            </p>
          ) : null}
        </div>
        {file && !problem ? (
          <p className="dropzone-file">
            {t('imports.chosen', { name: file.name, size: formatBytes(file.size, locale) })}
          </p>
        ) : null}
      </div>
      <ImportKindChoice idPrefix="import-kind" value={kind} onChange={onKindChange} />
      {uploading ? (
        <div className="stack-tight">
          <p id="upload-progress-label" className="progress-label">
            {t('imports.uploading', { percent: formatPercent(sent, locale, 0) })}
          </p>
          <ProgressBar value={sent} labelledBy="upload-progress-label" />
        </div>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={uploading}>
          {t('imports.upload')}
        </button>
        {uploading ? (
          <button type="button" className="button button-ghost" onClick={() => abortRef.current?.abort()}>
            {t('imports.cancelUpload')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
