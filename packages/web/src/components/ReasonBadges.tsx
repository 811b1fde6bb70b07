import type { Reason } from '@sigap/contracts';
import { useLocale } from '../lib/i18n';

/** Server-given reasons (e.g. "projected after voting day") as badges in the user's language. */
export function ReasonBadges({ reasons }: { reasons: (Reason | string)[] }) {
  const { locale } = useLocale();
  if (reasons.length === 0) return null;
  return (
    <ul className="reason-list">
      {reasons.map((reason) => {
        const text =
          typeof reason === 'string' ? reason : locale === 'en' ? reason.messageEn : reason.message;
        const code = typeof reason === 'string' ? reason : reason.code;
        return (
          <li key={code} className={`badge badge-reason badge-reason-${code}`}>
            {text}
          </li>
        );
      })}
    </ul>
  );
}
