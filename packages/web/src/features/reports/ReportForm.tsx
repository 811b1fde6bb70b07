import type { Prefill, Report, ReportSource } from '@sigap/contracts';
import { formatNumber, type Locale } from '@sigap/domain';
import { type FormEvent, useState } from 'react';
import { FormField } from '../../components/FormField';
import { ErrorAlert } from '../../components/Status';
import { fieldErrors } from '../../lib/api';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { FlagNotes, flagsOf } from './FlagNotes';
import { liveFlags } from './report-checks';
import { FIGURES, type FigureField, parseCount, parsePercent, REQUIRED } from './report-fields';
import { submitReport } from './reports.api';
import { SourceToggle } from './SourceToggle';

type Values = Record<FigureField, string>;

/** The typed figures as numbers, or null while a required one is empty or any is not a number yet. */
function typedFigures(values: Values): Parameters<typeof liveFlags>[0] | null {
  const out: Partial<Record<FigureField, number | null>> = {};
  for (const f of FIGURES) {
    const n = f.percent ? parsePercent(values[f.name]) : parseCount(values[f.name]);
    if (Number.isNaN(n) || (n === null && REQUIRED.includes(f.name))) return null;
    out[f.name] = n;
  }
  return { ...out, cumulativeRecorded: out.cumulativeRecorded ?? 0, mustHoldId: out.mustHoldId ?? 0 };
}

function initialValues(prefill: Prefill, previous: Report | null, locale: Locale): Values {
  // Shown as people write them (6.418.683); parseCount reads either separator back.
  const text = (v: number | null | undefined) =>
    v === null || v === undefined ? '' : formatNumber(v, locale);
  return {
    recordedToday: text(prefill.recordedToday),
    cumulativeRecorded: text(prefill.cumulativeRecorded),
    mustHoldId: text(prefill.mustHoldId),
    printReadyWaiting: text(prefill.printReadyWaiting),
    printed: text(prefill.printed),
    // The stock ledger's blanko on hand is the suggestion; a report already sent keeps its own figure.
    blankoStock: text(previous?.blankoStock ?? prefill.blankoStock),
    suketIssued: text(previous?.suketIssued),
    statedPercent: text(previous?.statedPercent),
    statedRemaining: text(previous?.statedRemaining),
  };
}

/** Today's report, pre-filled from Sigap; the operator confirms it or switches to typing the figures. */
export function ReportForm({
  prefill,
  onSubmitted,
}: {
  prefill: Prefill;
  onSubmitted: (report: Report) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const [source, setSource] = useState<ReportSource>(prefill.existing?.source ?? 'sigap');
  const [values, setValues] = useState<Values>(() => initialValues(prefill, prefill.existing, locale));
  const [notes, setNotes] = useState(prefill.existing?.notes ?? '');
  const [error, setError] = useState<unknown>();
  const [local, setLocal] = useState<Partial<Record<FigureField, string>>>({});
  const [busy, setBusy] = useState(false);
  const server = fieldErrors(error, locale);
  // The server's checks, run on every keystroke: the operator sees the flags before sending.
  const typed = typedFigures(values);
  const warnings = typed ? liveFlags(typed, prefill, source) : [];

  const chooseSource = (next: ReportSource) => {
    setSource(next);
    // Back to Sigap's data: the counted figures are Sigap's again, whatever was typed.
    if (next === 'sigap') setValues((v) => ({ ...v, ...pick(initialValues(prefill, null, locale)) }));
  };

  const submit = useApiMutation(submitReport, [queryKeys.reports, queryKeys.dashboard]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: Partial<Record<FigureField, string>> = {};
    const parsed: Partial<Record<FigureField, number | null>> = {};
    for (const f of FIGURES) {
      const n = f.percent ? parsePercent(values[f.name]) : parseCount(values[f.name]);
      if (Number.isNaN(n))
        problems[f.name] = t(f.percent ? 'reports.invalidPercent' : 'reports.invalidCount');
      else if (n === null && REQUIRED.includes(f.name)) problems[f.name] = t('common.required');
      parsed[f.name] = n;
    }
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    setError(undefined);
    submit
      .run({
        regency: prefill.regency,
        date: prefill.date,
        source,
        ...parsed,
        cumulativeRecorded: parsed.cumulativeRecorded ?? 0,
        mustHoldId: parsed.mustHoldId ?? 0,
        notes: notes.trim() || null,
      })
      .then(
        (report) => {
          setBusy(false);
          onSubmitted(report);
        },
        (failure: unknown) => {
          setBusy(false);
          setError(failure);
        },
      );
  };

  return (
    <form className="panel stack" onSubmit={onSubmit} noValidate aria-labelledby="report-form-title">
      <h2 id="report-form-title">{t(prefill.existing ? 'reports.resubmitTitle' : 'reports.formTitle')}</h2>
      <SourceToggle value={source} onChange={chooseSource} />
      {error ? <ErrorAlert error={error} /> : null}
      <div className="form-grid report-form-grid">
        {FIGURES.map((f) => (
          <FormField
            key={f.name}
            id={`report-${f.name}`}
            label={t(f.label)}
            required={REQUIRED.includes(f.name)}
            hint={f.sigap && source === 'sigap' ? t('reports.fromSigap') : undefined}
            error={local[f.name] ?? server[f.name]}
          >
            {(control) => (
              <>
                <input
                  {...control}
                  inputMode={f.percent ? 'decimal' : 'numeric'}
                  autoComplete="off"
                  readOnly={f.sigap && source === 'sigap'}
                  value={values[f.name]}
                  onChange={(e) => setValues({ ...values, [f.name]: e.target.value })}
                />
                <FlagNotes flags={flagsOf(warnings, f.name)} compact />
              </>
            )}
          </FormField>
        ))}
      </div>
      <FormField id="report-notes" label={t('reports.f.notes')} error={server.notes}>
        {(control) => (
          <textarea {...control} rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
        )}
      </FormField>
      {warnings.length > 0 ? (
        <section
          className="alert alert-warning stack-tight"
          aria-labelledby="report-checks-title"
          data-testid="report-checks"
        >
          <div>
            <h3 id="report-checks-title">{t('reports.checksTitle')}</h3>
            <p>{t('reports.checksIntro')}</p>
            <FlagNotes flags={warnings} />
          </div>
        </section>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('reports.sending') : t('reports.submit')}
        </button>
      </div>
    </form>
  );
}

/** Only the figures Sigap counts itself. */
function pick(values: Values): Partial<Values> {
  const out: Partial<Values> = {};
  for (const f of FIGURES) if (f.sigap) out[f.name] = values[f.name];
  return out;
}
