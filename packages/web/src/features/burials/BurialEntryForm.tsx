import { zodResolver } from '@hookform/resolvers/zod';
import { BURIAL_CAUSES, BURIAL_RELATIONS, officeToday } from '@sigap/domain';
import { useMemo } from 'react';
import { Controller, type FieldPath, useForm } from 'react-hook-form';
import { DateField } from '../../components/DateField';
import { FormField } from '../../components/FormField';
import { fieldMessages } from '../../lib/form-errors';
import { type MessageKey, useLocale, useT } from '../../lib/i18n';
import {
  type BurialFormInput,
  type BurialFormValues,
  burialFormSchema,
  EMPTY_BURIAL,
} from './burial-form.schema';

const DATES = ['birthDate', 'dateOfDeath', 'dateOfBurial'] as const;

/** The burial form of the manager's phone: one column, large inputs, dates typed as dd/mm/yyyy. */
export function BurialEntryForm({
  regionCode,
  initial,
  onSave,
}: {
  /** The cemetery's region: its time zone decides "today" (no date after it). */
  regionCode: string;
  /** An entry being corrected (within its window); a new entry otherwise. */
  initial?: BurialFormInput;
  onSave: (values: BurialFormValues) => Promise<void>;
}) {
  const t = useT();
  const { locale } = useLocale();
  const schema = useMemo(() => burialFormSchema(), []);
  const form = useForm<BurialFormInput, unknown, BurialFormValues>({
    resolver: zodResolver(schema),
    defaultValues: initial ?? EMPTY_BURIAL,
  });
  const { register, handleSubmit, formState, reset } = form;
  const fields = fieldMessages(formState.errors, t, locale);
  const today = officeToday(regionCode);
  const submit = handleSubmit(async (values) => {
    await onSave(values);
    reset(EMPTY_BURIAL);
  });
  const text = (
    name: FieldPath<BurialFormInput>,
    label: MessageKey,
    o: { required?: boolean; inputMode?: 'numeric' | 'tel' } = {},
  ) => (
    <FormField id={`burial-${name}`} label={t(label)} error={fields[name]} required={o.required}>
      {(control) => <input {...control} inputMode={o.inputMode} autoComplete="off" {...register(name)} />}
    </FormField>
  );

  return (
    <form className="stack form" onSubmit={submit} noValidate aria-label={t('makam.title')}>
      {text('nik', 'makam.nik', { inputMode: 'numeric' })}
      {text('fullName', 'makam.fullName', { required: true })}
      {DATES.map((name) => (
        <FormField key={name} id={`burial-${name}`} label={t(`makam.${name}`)} error={fields[name]} required>
          {(control) => (
            <Controller
              control={form.control}
              name={name}
              render={({ field }) => (
                <DateField {...control} value={field.value} onChange={field.onChange} max={today} />
              )}
            />
          )}
        </FormField>
      ))}
      <FormField id="burial-cause" label={t('makam.cause')} error={fields.cause}>
        {(control) => (
          <select {...control} {...register('cause')}>
            <option value="">—</option>
            {BURIAL_CAUSES.map((c) => (
              <option key={c} value={c}>
                {t(`cause.${c}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {text('reporterName', 'makam.reporterName', { required: true })}
      <FormField
        id="burial-reporterRelation"
        label={t('makam.reporterRelation')}
        error={fields.reporterRelation}
        required
      >
        {(control) => (
          <select {...control} {...register('reporterRelation')}>
            <option value="">—</option>
            {BURIAL_RELATIONS.map((r) => (
              <option key={r} value={r}>
                {t(`relation.${r}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        id="burial-reporterPhone"
        label={t('makam.reporterPhone')}
        hint={t('makam.reporterPhone.hint')}
        error={fields.reporterPhone}
      >
        {(control) => (
          <input {...control} type="tel" inputMode="tel" autoComplete="off" {...register('reporterPhone')} />
        )}
      </FormField>
      <button type="submit" className="button" disabled={formState.isSubmitting}>
        {t(initial ? 'makam.saveEdit' : 'makam.submit')}
      </button>
    </form>
  );
}
