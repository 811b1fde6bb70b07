import { useLocale } from '../../lib/i18n';
import { recordingLabel, recordingTone } from './resident-labels';

/** A recording status as a coloured pill; the label carries the meaning, the colour only helps scanning. */
export function RecordingBadge({ status }: { status: string }) {
  const { locale } = useLocale();
  return (
    <span className={`badge badge-rec-${recordingTone(status)}`} title={status}>
      {recordingLabel(status, locale)}
    </span>
  );
}
