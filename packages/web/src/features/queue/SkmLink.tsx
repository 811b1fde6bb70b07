import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useT } from '../../lib/i18n';

/** The one-time SKM link after an outcome, as text and as a QR the resident scans from the counter screen. */
export function SkmLink({ path }: { path: string }) {
  const t = useT();
  const url = new URL(path, window.location.origin).toString();
  const [image, setImage] = useState<string>();
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(url, { margin: 1, width: 200 })
      .then((data) => {
        if (live) setImage(data);
      })
      .catch(() => setImage(undefined));
    return () => {
      live = false;
    };
  }, [url]);
  return (
    <div className="queue-skm">
      <h3>{t('queue.skm.title')}</h3>
      <p className="muted">{t('queue.skm.hint')}</p>
      {image ? <img src={image} alt={t('queue.skm.qr')} width={200} height={200} /> : null}
      <p>
        <a href={url} data-testid="skm-link">
          {url}
        </a>
      </p>
    </div>
  );
}
