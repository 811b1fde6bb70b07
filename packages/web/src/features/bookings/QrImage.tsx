import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** The booking's QR (`SIGAP:<code>`), drawn in the browser so it shows even before the PDF is opened. */
export function QrImage({ value, label }: { value: string; label: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(value, { margin: 2, width: 220, errorCorrectionLevel: 'M' })
      .then((url) => {
        if (live) setSrc(url);
      })
      .catch(() => setSrc(null));
    return () => {
      live = false;
    };
  }, [value]);
  return src ? <img src={src} alt={label} width={220} height={220} data-testid="booking-qr" /> : null;
}
