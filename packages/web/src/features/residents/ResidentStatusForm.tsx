import { zodResolver } from '@hookform/resolvers/zod';
import type { ResidentDetail } from '@sigap/contracts';
import { isForwardOrRerecord, LIFE_STATUSES, PRINT_STATUSES, RECORDING_STATUSES } from '@sigap/domain';
import { type ReactNode, useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { DateField } from '../../components/DateField';
import { FormField } from '../../components/FormField';
import { ErrorAlert } from '../../components/Status';
import { fieldMessages, showServerFieldErrors } from '../../lib/form-errors';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { lifeLabel, printLabel, recordingLabel } from './resident-labels';
import { residentStatusSchema, type StatusValues } from './resident-status.schema';
import { type ResidentStatusChanges, updateResident } from './residents.api';

function valuesOf(r: ResidentDetail): StatusValues {
  return {
    recordingStatus: r.recordingStatus,
    recordingDate: r.recordingDate ?? '',
    recordingPlace: r.recordingPlace ?? '',
    printStatus: r.printStatus,
    printedDate: r.printedDate ?? '',
    handedOverDate: r.handedOverDate ?? '',
    ikdActivatedDate: r.ikdActivatedDate ?? '',
    lifeStatus: r.lifeStatus,
    lifeStatusDate: r.lifeStatusDate ?? '',
  };
}

/** Only what differs is sent: the history and the audit trail then say exactly what the user changed. */
export function statusChanges(r: ResidentDetail, v: StatusValues): ResidentStatusChanges {
  const before = valuesOf(r);
  const changes: Record<string, string | null> = {};
  for (const key of Object.keys(v) as (keyof StatusValues)[]) {
    const value = v[key].trim();
    if (value !== before[key]) changes[key] = value === '' ? null : value;
  }
  return changes as ResidentStatusChanges;
}

interface ResidentStatusFormProps {
  resident: ResidentDetail;
  /** Called after the server answered; `updated` is false when it found nothing to change. */
  onSaved: (updated: boolean) => void;
  onUnchanged: () => void;
  /** A new attempt begins: earlier notices no longer apply. */
  onSubmitStart: () => void;
}

/** "Ubah status": recording, printing, IKD and life status through the one write path on the server. */
export function ResidentStatusForm({
  resident,
  onSaved,
  onUnchanged,
  onSubmitStart,
}: ResidentStatusFormProps) {
  const t = useT();
  const { locale } = useLocale();
  const form = useForm<StatusValues>({
    resolver: zodResolver(residentStatusSchema),
    defaultValues: valuesOf(resident),
  });
  const { register, handleSubmit, formState, reset, setError: setFieldError } = form;
  const [error, setError] = useState<unknown>();
  // Dates typed but not usable (31/02/2024): the field keeps its last good value, so saving now would
  // silently keep the old date. A ref, because the field reports on blur, just before the click submits.
  const badDates = useRef(new Set<keyof StatusValues>());
  const saving = formState.isSubmitting;
  const fields = fieldMessages(formState.errors, t, locale);
  // The pipeline the server enforces, shown beforehand so a clerk is not surprised by a refusal.
  const allowed = RECORDING_STATUSES.filter((s) => isForwardOrRerecord(resident.recordingStatus, s));

  const update = useApiMutation(
    (changes: ResidentStatusChanges, key: string) => updateResident(resident.id, changes, key),
    [queryKeys.residents, queryKeys.dashboard, queryKeys.watchlist],
  );
  const submit = handleSubmit((values) => {
    const [firstBad] = badDates.current;
    if (firstBad) {
      document.getElementById(`status-${firstBad}`)?.focus();
      return;
    }
    const changes = statusChanges(resident, values);
    setError(undefined);
    onSubmitStart();
    if (Object.keys(changes).length === 0) {
      onUnchanged();
      return;
    }
    return update.run(changes).then(
      (result) => onSaved(result.updated),
      (failure: unknown) => {
        setError(failure);
        showServerFieldErrors(failure, locale, Object.keys(values), setFieldError);
      },
    );
  });

  const dateField = (key: keyof StatusValues, label: string) => (
    <FormField id={`status-${key}`} label={label} error={fields[key]}>
      {(control) => (
        <Controller
          control={form.control}
          name={key}
          render={({ field }) => (
            <DateField
              {...control}
              value={field.value}
              onChange={field.onChange}
              onProblemChange={(problem) => {
                if (problem) badDates.current.add(key);
                else badDates.current.delete(key);
              }}
            />
          )}
        />
      )}
    </FormField>
  );

  return (
    <form className="stack form" onSubmit={submit} noValidate>
      {error ? <ErrorAlert error={error} /> : null}
      <Group legend={t('resident.recording')}>
        <FormField
          id="status-recordingStatus"
          label={t('statusForm.recordingStatus')}
          hint={
            allowed.length > 0
              ? t('statusForm.allowedNext', {
                  list: allowed.map((s) => recordingLabel(s, locale)).join(', '),
                })
              : t('statusForm.noNext')
          }
          error={fields.recordingStatus}
        >
          {(control) => (
            <select {...control} {...register('recordingStatus')}>
              {RECORDING_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {recordingLabel(s, locale)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <div className="form-grid">
          {dateField('recordingDate', t('resident.recordingDate'))}
          <FormField
            id="status-recordingPlace"
            label={t('resident.recordingPlace')}
            error={fields.recordingPlace}
          >
            {(control) => <input {...control} maxLength={200} {...register('recordingPlace')} />}
          </FormField>
        </div>
      </Group>
      <Group legend={t('resident.print')}>
        <FormField id="status-printStatus" label={t('statusForm.printStatus')} error={fields.printStatus}>
          {(control) => (
            <select {...control} {...register('printStatus')}>
              {PRINT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {printLabel(s, locale)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <div className="form-grid">
          {dateField('printedDate', t('resident.printedDate'))}
          {dateField('handedOverDate', t('resident.handedOverDate'))}
        </div>
      </Group>
      <Group legend={t('resident.ikd')}>
        {dateField('ikdActivatedDate', t('statusForm.ikdActivatedDate'))}
      </Group>
      <Group legend={t('resident.life')}>
        <div className="form-grid">
          <FormField id="status-lifeStatus" label={t('statusForm.lifeStatus')} error={fields.lifeStatus}>
            {(control) => (
              <select {...control} {...register('lifeStatus')}>
                {LIFE_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {lifeLabel(s, t)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {dateField('lifeStatusDate', t('statusForm.lifeStatusDate'))}
        </div>
      </Group>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? t('statusForm.saving') : t('statusForm.save')}
        </button>
        <button
          type="button"
          className="button button-ghost"
          disabled={saving}
          onClick={() => {
            reset(valuesOf(resident));
            setError(undefined);
          }}
        >
          {t('statusForm.undo')}
        </button>
      </div>
    </form>
  );
}

function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="form-group">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}
