import type { ResidentDetail } from '@sigap/contracts';
import { ageOn, formatDateLong, officeToday } from '@sigap/domain';
import type { ReactNode } from 'react';
import { useLocale, useT } from '../../lib/i18n';
import { RecordingBadge } from './RecordingBadge';
import { citizenshipLabel, lifeLabel, maritalLabel, printLabel, sexLabel } from './resident-labels';

/** A labelled value; absent values show a dash so the reader knows the field exists but is empty. */
function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children ?? '—'}</dd>
    </>
  );
}

function useDate() {
  const { locale } = useLocale();
  return (value: string | null) =>
    value ? <time dateTime={value}>{formatDateLong(value, locale)}</time> : null;
}

/** Identity, birth and civil facts. The NIK and KK are shown in full here: this page's opening is audited. */
export function ResidentIdentity({ resident: r }: { resident: ResidentDetail }) {
  const t = useT();
  const date = useDate();
  const today = officeToday(r.villageCode); // the clock of the resident's province, as the server's
  const age = r.birthDate <= today ? ageOn(r.birthDate, today) : undefined;
  return (
    <section className="panel" aria-labelledby="resident-identity">
      <h2 id="resident-identity">{t('resident.identity')}</h2>
      <dl className="details details-stacked">
        <Fact label={t('resident.nik')}>
          <span className="code" data-testid="resident-nik">
            {r.nik}
          </span>
        </Fact>
        <Fact label={t('resident.noKk')}>
          <span className="code">{r.noKk}</span>
        </Fact>
        <Fact label={t('resident.fullName')}>{r.fullName}</Fact>
        <Fact label={t('resident.sex')}>{sexLabel(r.sex, t)}</Fact>
        <Fact label={t('resident.birth')}>
          <span>
            {r.birthPlace}, {date(r.birthDate)}
            {age !== undefined ? <span className="muted"> ({t('resident.age', { age })})</span> : null}
          </span>
        </Fact>
        <Fact label={t('resident.marital')}>{maritalLabel(r.maritalStatus, t)}</Fact>
        <Fact label={t('resident.citizenship')}>
          {citizenshipLabel(r.citizenship, t)}
          {r.stayPermit ? ` · ${t('resident.stayPermit')} ${r.stayPermit}` : ''}
        </Fact>
        <Fact label={t('resident.religion')}>{r.religion}</Fact>
        <Fact label={t('resident.occupation')}>{r.occupation}</Fact>
        <Fact label={t('resident.phone')}>{r.phone}</Fact>
      </dl>
    </section>
  );
}

export function ResidentAddress({ resident: r }: { resident: ResidentDetail }) {
  const t = useT();
  return (
    <section className="panel" aria-labelledby="resident-address">
      <h2 id="resident-address">{t('resident.addressSection')}</h2>
      <dl className="details details-stacked">
        <Fact label={t('resident.address')}>{r.address}</Fact>
        <Fact label={t('resident.regionPath')}>{r.regionPath}</Fact>
        <Fact label={t('resident.villageCode')}>
          <span className="code">{r.villageCode}</span>
        </Fact>
      </dl>
    </section>
  );
}

/** Where the resident stands: recording, printing, IKD, life status and the wajib KTP answer for today. */
export function ResidentStatuses({ resident: r }: { resident: ResidentDetail }) {
  const t = useT();
  const { locale } = useLocale();
  const date = useDate();
  const joined = (...parts: ReactNode[]) => {
    const present = parts.filter((p) => p !== null && p !== undefined && p !== '');
    return present.length === 0
      ? null
      : present.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed, short list of parts that never reorders
          <span key={i}>
            {i > 0 ? ' · ' : null}
            {p}
          </span>
        ));
  };
  const recordedWhere = joined(date(r.recordingDate), r.recordingPlace);
  return (
    <section className="panel" aria-labelledby="resident-statuses" data-testid="resident-statuses">
      <h2 id="resident-statuses">{t('resident.statuses')}</h2>
      <dl className="details details-stacked">
        <Fact label={t('resident.mustHoldToday')}>
          <span
            className={r.mustHoldIdToday ? 'badge badge-ok' : 'badge badge-off'}
            data-testid="must-hold-id"
          >
            {r.mustHoldIdToday ? t('common.yes') : t('common.no')}
          </span>
        </Fact>
        <Fact label={t('resident.recording')}>
          <span>
            <RecordingBadge status={r.recordingStatus} />
            {recordedWhere ? <span className="muted"> {recordedWhere}</span> : null}
          </span>
        </Fact>
        <Fact label={t('resident.print')}>{printLabel(r.printStatus, locale)}</Fact>
        <Fact label={t('resident.printedDate')}>{date(r.printedDate)}</Fact>
        <Fact label={t('resident.handedOverDate')}>{date(r.handedOverDate)}</Fact>
        <Fact label={t('resident.ikd')}>{date(r.ikdActivatedDate) ?? t('resident.ikdNone')}</Fact>
        <Fact label={t('resident.life')}>{joined(lifeLabel(r.lifeStatus, t), date(r.lifeStatusDate))}</Fact>
      </dl>
    </section>
  );
}
