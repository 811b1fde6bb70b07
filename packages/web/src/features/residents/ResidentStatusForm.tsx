import { zodResolver } from '@hookform/resolvers/zod';
import type { ResidentDetail } from '@sigap/contracts';
import { officeToday, renderResidentRefusal } from '@sigap/domain';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { ErrorAlert } from '../../components/Status';
import { fieldErrors } from '../../lib/api';
import { fieldMessages, showServerFieldErrors } from '../../lib/form-errors';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useCurrentUser } from '../auth/AuthProvider';
import { reportDeath } from '../death-reports/death-reports.api';
import { LifeStatusGroup } from './LifeStatusGroup';
import { PipelineGroups } from './PipelineGroups';
import { residentStatusSchema, type StatusValues } from './resident-status.schema';
import {
  deathReportBody,
  formRefusals,
  isDeathReport,
  statusChanges,
  valuesOf,
} from './resident-status-rules';
import { type ResidentStatusChanges, updateResident } from './residents.api';
import type { InputContext } from './StatusInputs';

export { statusChanges } from './resident-status-rules';

const lifeOf = (r: ResidentDetail) => {
  const { lifeStatus, lifeStatusDate, lifeStatusDocument, lifeStatusReason } = valuesOf(r);
  return { lifeStatus, lifeStatusDate, lifeStatusDocument, lifeStatusReason };
};

/** Form order, so the first refused field is the one focused. */
const ORDER: (keyof StatusValues)[] = [
  'recordingStatus',
  'recordingDate',
  'printStatus',
  'printedDate',
  'handedOverDate',
  'ikdActivatedDate',
  'lifeStatus',
  'lifeStatusDate',
  'lifeStatusDocument',
  'lifeStatusReason',
];
/** A death report's fields as the form names them. */
const REPORT_FIELDS: Record<string, keyof StatusValues> = {
  dateOfDeath: 'lifeStatusDate',
  documentNo: 'lifeStatusDocument',
  reason: 'lifeStatusReason',
};

interface ResidentStatusFormProps {
  resident: ResidentDetail;
  /** A death report of this resident already waits: another cannot be sent. */
  deathPending: boolean;
  /** Called after the server answered; `updated` is false when it found nothing to change. */
  onSaved: (updated: boolean) => void;
  /** A death report was sent (and any other change saved). */
  onDeathReported: () => void;
  onUnchanged: () => void;
  /** A new attempt begins: earlier notices no longer apply. */
  onSubmitStart: () => void;
}

/**
 * "Ubah status": recording, printing, IKD and life status through the one write path on the server. The
 * registry rules run as the user types, so an impossible state is refused beside its field before anything
 * is sent; a death goes out as a death report for a second officer to confirm.
 */
export function ResidentStatusForm(props: ResidentStatusFormProps) {
  const { resident, deathPending, onSaved, onDeathReported, onUnchanged, onSubmitStart } = props;
  const t = useT();
  const { locale } = useLocale();
  const { role } = useCurrentUser();
  const form = useForm<StatusValues>({
    resolver: zodResolver(residentStatusSchema),
    defaultValues: valuesOf(resident),
  });
  const { register, handleSubmit, formState, reset, setError: setFieldError } = form;
  const [error, setError] = useState<unknown>();
  const [blocked, setBlocked] = useState(false);
  // Dates typed but not usable (31/02/2024): the field keeps its last good value, so saving now would
  // silently keep the old date. A ref, because the field reports on blur, just before the click submits.
  const badDates = useRef(new Set<keyof StatusValues>());
  const values = form.watch();
  const refusals = formRefusals(resident, values, role, officeToday(resident.villageCode));
  const live: Partial<Record<keyof StatusValues, string>> = {};
  for (const [field, r] of Object.entries(refusals))
    live[field as keyof StatusValues] = renderResidentRefusal(r.code, r.params)[locale === 'en' ? 1 : 0];
  const messages = { ...live, ...fieldMessages(formState.errors, t, locale) };
  const ctx: InputContext = { control: form.control, register, messages, badDates: badDates.current };
  const report = isDeathReport(resident, values);
  const saving = formState.isSubmitting;

  const update = useApiMutation(
    (changes: ResidentStatusChanges, key: string) => updateResident(resident.id, changes, key),
    [queryKeys.residents, queryKeys.dashboard, queryKeys.watchlist],
  );
  const death = useApiMutation(
    (v: StatusValues, key: string) => reportDeath(resident.id, deathReportBody(v), key),
    [queryKeys.deathReports, queryKeys.residents],
  );

  const submit = handleSubmit(async (v) => {
    const firstBad = [...badDates.current][0];
    const refused = formRefusals(resident, v, role, officeToday(resident.villageCode));
    const firstRefused = ORDER.find((f) => refused[f]);
    if (firstBad || firstRefused) {
      setBlocked(Boolean(firstRefused));
      document.getElementById(`status-${firstBad ?? firstRefused}`)?.focus();
      return;
    }
    setBlocked(false);
    const changes = statusChanges(resident, v);
    const reporting = isDeathReport(resident, v);
    setError(undefined);
    onSubmitStart();
    if (!reporting && Object.keys(changes).length === 0) {
      onUnchanged();
      return;
    }
    let reported = false;
    try {
      // The report first: if it is refused nothing has changed; the other changes follow it.
      if (reporting) reported = Boolean(await death.run(v));
      const updated = Object.keys(changes).length > 0 ? (await update.run(changes)).updated : false;
      if (reporting) {
        reset(valuesOf(resident));
        onDeathReported();
      } else onSaved(updated);
    } catch (failure) {
      if (reported) {
        // The report stands (it now waits); only the other changes failed, so they stay in the form.
        reset({ ...v, ...lifeOf(resident) }, { keepErrors: true });
        onDeathReported();
      }
      setError(failure);
      const renamed: Record<string, string> = {};
      for (const [field, message] of Object.entries(fieldErrors(failure, locale)))
        if (REPORT_FIELDS[field]) renamed[REPORT_FIELDS[field]] = message;
      showServerFieldErrors(failure, locale, Object.keys(v), setFieldError, renamed);
    }
  });

  return (
    <form className="stack form" onSubmit={submit} noValidate>
      {error ? <ErrorAlert error={error} /> : null}
      {blocked && Object.keys(refusals).length > 0 ? (
        <p className="alert alert-error" role="alert">
          {t('integrity.checkFields')}
        </p>
      ) : null}
      <PipelineGroups ctx={ctx} resident={resident} values={values} role={role} />
      <LifeStatusGroup
        ctx={ctx}
        resident={resident}
        values={values}
        role={role}
        deathPending={deathPending}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? t('statusForm.saving') : t(report ? 'integrity.sendDeathReport' : 'statusForm.save')}
        </button>
        <button
          type="button"
          className="button button-ghost"
          disabled={saving}
          onClick={() => {
            reset(valuesOf(resident));
            setError(undefined);
            setBlocked(false);
          }}
        >
          {t('statusForm.undo')}
        </button>
      </div>
    </form>
  );
}
