import jsQR from 'jsqr';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../lib/i18n';

/**
 * Reads a QR code with the phone's camera (getUserMedia + jsQR on video frames, a few times a second) and
 * hands its text over once. Without a camera or permission it says so: the code can always be typed.
 */
export function QrScanner({ onRead }: { onRead: (text: string) => void }) {
  const t = useT();
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let stream: MediaStream | undefined;
    let timer: number | undefined;
    let done = false;
    const canvas = document.createElement('canvas');
    const scan = () => {
      const v = video.current;
      const ctx = canvas.getContext('2d', { willReadFrequently: true });
      if (!done && v && ctx && v.videoWidth > 0) {
        canvas.width = v.videoWidth;
        canvas.height = v.videoHeight;
        ctx.drawImage(v, 0, 0);
        const code = jsQR(
          ctx.getImageData(0, 0, canvas.width, canvas.height).data,
          canvas.width,
          canvas.height,
        );
        if (code?.data) {
          done = true;
          onRead(code.data);
          return;
        }
      }
      timer = window.setTimeout(scan, 250);
    };
    navigator.mediaDevices
      ?.getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then((s) => {
        stream = s;
        if (video.current) {
          video.current.srcObject = s;
          void video.current.play();
        }
        scan();
      })
      .catch(() => setFailed(true));
    if (!navigator.mediaDevices) setFailed(true);
    return () => {
      done = true;
      window.clearTimeout(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, [onRead]);
  if (failed) return <p className="alert alert-error">{t('queue.checkIn.noCamera')}</p>;
  return <video ref={video} className="qr-video" muted playsInline aria-label={t('queue.checkIn.camera')} />;
}
