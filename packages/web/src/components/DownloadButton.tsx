import { useState } from 'react';
import { downloadFile } from '../lib/download';
import { useT } from '../lib/i18n';
import { isUnavailable } from '../lib/unavailable';
import { ErrorAlert } from './Status';

interface DownloadButtonProps {
  path: string;
  fileName: string;
  label: string;
  primary?: boolean;
}

/** A button that downloads an export and says so when it fails (or when the server has no such export yet). */
export function DownloadButton({ path, fileName, label, primary }: DownloadButtonProps) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const onClick = () => {
    setBusy(true);
    setError(undefined);
    downloadFile(path, fileName).then(
      () => setBusy(false),
      (failure: unknown) => {
        setError(failure);
        setBusy(false);
      },
    );
  };
  return (
    <div className="download">
      <button
        type="button"
        className={primary ? 'button button-primary' : 'button'}
        onClick={onClick}
        disabled={busy}
        aria-busy={busy || undefined}
      >
        <span aria-hidden="true">⬇ </span>
        {busy ? t('common.downloading') : label}
      </button>
      {error && isUnavailable(error) ? (
        <p className="field-hint" role="status">
          {t('common.notAvailable')}
        </p>
      ) : null}
      {error && !isUnavailable(error) ? <ErrorAlert error={error} /> : null}
    </div>
  );
}
