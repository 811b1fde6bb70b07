interface ProgressBarProps {
  /** 0..1; undefined while the amount is unknown (the bar then shows activity only). */
  value: number | undefined;
  labelledBy: string;
  /** What a screen reader says instead of the bare number, e.g. "45% · 1.234 baris". */
  valueText?: string;
  tone?: 'active' | 'done' | 'failed';
}

/**
 * A progress bar with role="progressbar" and aria-valuenow in whole percent (0–100), so assistive technology
 * and tests read the same number people see; drawn with CSS because a native <progress> cannot be coloured
 * per state in every browser.
 */
export function ProgressBar({ value, labelledBy, valueText, tone = 'active' }: ProgressBarProps) {
  const percent = value === undefined ? undefined : Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div
      className={`progress progress-${tone}${percent === undefined ? ' progress-indeterminate' : ''}`}
      role="progressbar"
      aria-labelledby={labelledBy}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={valueText}
    >
      <div className="progress-fill" style={{ width: percent === undefined ? undefined : `${percent}%` }} />
    </div>
  );
}
