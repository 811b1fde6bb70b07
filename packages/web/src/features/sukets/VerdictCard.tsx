import type { VerifySuketReply } from '@sigap/contracts';
import { useLocale, useT } from '../../lib/i18n';

/** The verifier's answer in a colour a polling-station officer reads at a glance, with its reason. */
export function VerdictCard({ reply }: { reply: VerifySuketReply }) {
  const t = useT();
  const { locale } = useLocale();
  const tone = reply.verdict === 'valid' ? 'ok' : reply.verdict === 'superseded' ? 'warn' : 'bad';
  return (
    <section className={`suket-verdict suket-verdict-${tone}`} data-testid="suket-verdict" aria-live="polite">
      <h2>{t(`suket.verdict.${reply.verdict}`)}</h2>
      <p>{locale === 'en' ? reply.messageEn : reply.message}</p>
      {reply.number && (
        <dl className="suket-fields">
          <dt>{t('suket.verify.number')}</dt>
          <dd>{reply.number}</dd>
          <dt>{t('suket.field.name')}</dt>
          <dd>{reply.maskedName}</dd>
          <dt>{t('suket.field.nik')}</dt>
          <dd>{reply.nikLast4}</dd>
          <dt>{t('suket.field.region')}</dt>
          <dd>{reply.regionCode}</dd>
          <dt>{t('suket.field.validity')}</dt>
          <dd>
            {reply.validFrom} – {reply.validUntil}
          </dd>
        </dl>
      )}
    </section>
  );
}
