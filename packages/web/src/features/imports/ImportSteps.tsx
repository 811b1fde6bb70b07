import { type MessageKey, useT } from '../../lib/i18n';

const STEPS: readonly MessageKey[] = [
  'imports.step.file',
  'imports.step.mapping',
  'imports.step.progress',
  'imports.step.result',
];

/** The four steps of an import, the current one marked for assistive technology with aria-current. */
export function ImportSteps({ current }: { current: 1 | 2 | 3 | 4 }) {
  const t = useT();
  return (
    <ol className="steps" aria-label={t('imports.steps')}>
      {STEPS.map((key, index) => {
        const step = index + 1;
        const state = step < current ? 'done' : step === current ? 'current' : 'todo';
        return (
          <li
            key={key}
            className={`step step-${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="step-number" aria-hidden="true">
              {state === 'done' ? '✓' : step}
            </span>
            <span className="step-label">
              {t(key)}
              {state === 'done' ? <span className="visually-hidden"> ({t('imports.stepDone')})</span> : null}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
