import { zodResolver } from '@hookform/resolvers/zod';
import { IssueTicketBody, PRIORITY_REASONS, type QueueTicket } from '@sigap/contracts';
import { SERVICE_KINDS } from '@sigap/domain';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { FormField } from '../../components/FormField';
import { ErrorAlert } from '../../components/Status';
import { fieldMessages, showServerFieldErrors } from '../../lib/form-errors';
import { blankOr } from '../../lib/form-schema';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { issueTicket } from './queue.api';

const { nik, fullName, phone, service } = IssueTicketBody.shape;
const optional = (rule: z.ZodType<unknown, string>) => blankOr(rule).transform((v) => v.trim() || undefined);
const schema = z
  .object({
    service,
    lane: z.enum(['normal', 'priority']),
    priorityReason: z.union([z.literal(''), z.enum(PRIORITY_REASONS)]),
    nik: optional(nik as z.ZodType<unknown, string>),
    fullName: optional(fullName.unwrap()),
    phone: optional(phone.unwrap()),
  })
  .refine((v) => v.lane !== 'priority' || v.priorityReason !== '', {
    path: ['priorityReason'],
    message: 'common.required',
  });
type Input = z.input<typeof schema>;
type Values = z.output<typeof schema>;

/** The entrance's walk-in ticket: service, lane (priority needs its reason), optional NIK, name, phone. */
export function IssueTicketForm({
  pointId,
  services,
  onIssued,
}: {
  pointId: number;
  services: string[];
  onIssued: (t: QueueTicket) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const form = useForm<Input, unknown, Values>({
    resolver: zodResolver(schema),
    defaultValues: {
      service: 'recording',
      lane: 'normal',
      priorityReason: '',
      nik: '',
      fullName: '',
      phone: '',
    },
  });
  const { register, handleSubmit, watch, formState, setError: setFieldError, reset } = form;
  const [error, setError] = useState<unknown>();
  const issue = useApiMutation(issueTicket, [queryKeys.queue]);
  const fields = fieldMessages(formState.errors, t, locale);
  const submit = handleSubmit(async (v) => {
    setError(undefined);
    try {
      const body = {
        service: v.service,
        lane: v.lane,
        ...(v.lane === 'priority' && v.priorityReason ? { priorityReason: v.priorityReason } : {}),
        ...(v.nik ? { nik: v.nik } : {}),
        ...(v.fullName ? { fullName: v.fullName } : {}),
        ...(v.phone ? { phone: v.phone } : {}),
      };
      const r = await issue.run({ pointId, body });
      reset();
      onIssued(r.ticket);
    } catch (failure) {
      setError(failure);
      showServerFieldErrors(failure, locale, ['nik', 'fullName', 'phone', 'priorityReason'], setFieldError);
    }
  });
  const offered = SERVICE_KINDS.filter((k) => services.includes(k));
  return (
    <form onSubmit={submit} noValidate aria-labelledby="issue-title">
      <h2 id="issue-title">{t('queue.issue.title')}</h2>
      {error ? <ErrorAlert error={error} /> : null}
      <FormField id="issue-service" label={t('queue.issue.service')} required>
        {(c) => (
          <select {...c} {...register('service')}>
            {offered.map((k) => (
              <option key={k} value={k}>
                {t(`servicePoints.service.${k}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <fieldset className="field">
        <legend>{t('queue.issue.lane')}</legend>
        {(['normal', 'priority'] as const).map((lane) => (
          <label key={lane} className="radio">
            <input type="radio" value={lane} {...register('lane')} /> {t(`queue.issue.lane.${lane}`)}
          </label>
        ))}
      </fieldset>
      {watch('lane') === 'priority' ? (
        <FormField id="issue-reason" label={t('queue.issue.reason')} error={fields.priorityReason} required>
          {(c) => (
            <select {...c} {...register('priorityReason')}>
              <option value="">{t('queue.issue.reason.choose')}</option>
              {PRIORITY_REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`queue.reason.${r}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      ) : null}
      <FormField id="issue-nik" label={t('queue.issue.nik')} error={fields.nik}>
        {(c) => <input {...c} inputMode="numeric" autoComplete="off" {...register('nik')} />}
      </FormField>
      <FormField id="issue-name" label={t('queue.issue.name')} error={fields.fullName}>
        {(c) => <input {...c} autoComplete="off" {...register('fullName')} />}
      </FormField>
      <FormField id="issue-phone" label={t('queue.issue.phone')} error={fields.phone}>
        {(c) => <input {...c} type="tel" inputMode="tel" autoComplete="off" {...register('phone')} />}
      </FormField>
      <button type="submit" className="button button-primary button-block" disabled={formState.isSubmitting}>
        {t('queue.issue.submit')}
      </button>
    </form>
  );
}
