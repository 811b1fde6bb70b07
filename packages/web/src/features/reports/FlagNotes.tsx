import type { ReportFlag } from '@sigap/contracts';
import { useLocale, useT } from '../../lib/i18n';

/** Validation flags about one figure, right beside it: red for an error, amber for a warning. */
export function FlagNotes({ flags, compact }: { flags: ReportFlag[]; compact?: boolean }) {
  const { locale } = useLocale();
  const t = useT();
  if (flags.length === 0) return null;
  return (
    <ul className={`flag-list${compact ? ' flag-list-compact' : ''}`}>
      {flags.map((flag) => (
        <li key={`${flag.code}-${flag.field}`} className={`flag flag-${flag.severity}`} data-flag={flag.code}>
          <span className="visually-hidden">
            {t(flag.severity === 'error' ? 'reports.flag.error' : 'reports.flag.warning')}:{' '}
          </span>
          <span aria-hidden="true" className="flag-icon">
            !
          </span>
          {locale === 'en' ? flag.messageEn : flag.message}
        </li>
      ))}
    </ul>
  );
}

/** Flags concerning one of `fields`. */
export function flagsOf(flags: ReportFlag[], ...fields: string[]): ReportFlag[] {
  return flags.filter((f) => fields.includes(f.field));
}
