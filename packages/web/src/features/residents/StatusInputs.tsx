import { formatDateLong } from '@sigap/domain';
import type { ReactNode } from 'react';
import { type Control, Controller, type UseFormRegister } from 'react-hook-form';
import { DateField } from '../../components/DateField';
import { FormField } from '../../components/FormField';
import { useLocale, useT } from '../../lib/i18n';
import type { StatusValues } from './resident-status.schema';

/**
 * The status form's inputs. A field the user's role may not change by hand is shown as read-only text
 * with the reason in its hint, rather than a control that the server would refuse (manual-changes.ts).
 */
export interface InputContext {
  control: Control<StatusValues>;
  register: UseFormRegister<StatusValues>;
  /** The message beside each field (the form's check, the server's refusal or a live rule warning). */
  messages: Partial<Record<keyof StatusValues, string>>;
  /** Dates typed but not usable: the form refuses to save while one is listed. */
  badDates: Set<keyof StatusValues>;
}

export function Group({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="form-group">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

interface ChoiceProps<V extends string> {
  ctx: InputContext;
  name: 'recordingStatus' | 'printStatus' | 'lifeStatus';
  label: string;
  hint?: string | undefined;
  choices: readonly V[];
  labelOf: (value: V) => string;
}

/** A select of the statuses the role may pick; with a single one, the stored status as read-only text. */
export function ChoiceField<V extends string>({ ctx, name, label, hint, choices, labelOf }: ChoiceProps<V>) {
  const only = choices.length === 1 ? choices[0] : undefined;
  return (
    <FormField id={`status-${name}`} label={label} hint={hint} error={ctx.messages[name]}>
      {(control) =>
        only !== undefined ? (
          <input {...control} readOnly value={labelOf(only)} />
        ) : (
          <select {...control} {...ctx.register(name)}>
            {choices.map((s) => (
              <option key={s} value={s}>
                {labelOf(s)}
              </option>
            ))}
          </select>
        )
      }
    </FormField>
  );
}

interface DateProps {
  ctx: InputContext;
  name: keyof StatusValues;
  label: string;
  hint?: string | undefined;
  /** False shows the value as read-only text. */
  editable?: boolean;
  value: string;
}

export function DateInput({ ctx, name, label, hint, editable = true, value }: DateProps) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <FormField id={`status-${name}`} label={label} hint={hint} error={ctx.messages[name]}>
      {(control) =>
        editable ? (
          <Controller
            control={ctx.control}
            name={name}
            render={({ field }) => (
              <DateField
                {...control}
                value={field.value}
                onChange={field.onChange}
                onProblemChange={(problem) => {
                  if (problem) ctx.badDates.add(name);
                  else ctx.badDates.delete(name);
                }}
              />
            )}
          />
        ) : (
          <input
            {...control}
            readOnly
            value={value ? formatDateLong(value, locale) : t('integrity.notSet')}
          />
        )
      }
    </FormField>
  );
}

interface TextProps {
  ctx: InputContext;
  name: 'recordingPlace' | 'lifeStatusDocument' | 'lifeStatusReason';
  label: string;
  hint?: string | undefined;
  maxLength: number;
  multiline?: boolean;
  required?: boolean;
}

export function TextInput({ ctx, name, label, hint, maxLength, multiline, required }: TextProps) {
  return (
    <FormField id={`status-${name}`} label={label} hint={hint} required={required} error={ctx.messages[name]}>
      {(control) =>
        multiline ? (
          <textarea {...control} rows={2} maxLength={maxLength} {...ctx.register(name)} />
        ) : (
          <input {...control} maxLength={maxLength} {...ctx.register(name)} />
        )
      }
    </FormField>
  );
}
