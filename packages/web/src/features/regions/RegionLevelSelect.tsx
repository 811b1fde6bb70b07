import type { RegionLevel } from '@sigap/domain';
import { errorText } from '../../lib/api';
import { useLocale, useT } from '../../lib/i18n';
import { levelLabel, levelPluralLabel } from './region-labels';
import { useRegionChildren } from './region-queries';

export type Placeholder = 'choose' | 'all';

interface RegionLevelSelectProps {
  id: string;
  level: RegionLevel;
  /** A level at or above the user's scope: shown for context but not changeable. */
  fixed?: { code: string; name: string } | undefined;
  /** Whose children to list; undefined while the level above is still unchosen. */
  parentCode: string | undefined;
  selected: string | undefined;
  placeholder: Placeholder;
  onSelect: (code: string | undefined) => void;
}

/** One labelled `<select>` of the picker: a native control, so it works with keyboard and screen readers. */
export function RegionLevelSelect({
  id,
  level,
  fixed,
  parentCode,
  selected,
  placeholder,
  onSelect,
}: RegionLevelSelectProps) {
  const t = useT();
  const { locale } = useLocale();
  const label = levelLabel(level, t);
  const children = useRegionChildren(fixed ? null : (parentCode ?? null));

  if (fixed) {
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <select id={id} disabled value={fixed.code}>
          <option value={fixed.code}>{fixed.name}</option>
        </select>
      </div>
    );
  }

  const items = children.data ?? [];
  const empty = children.data !== undefined && items.length === 0;
  const errorId = `${id}-error`;
  let firstOption =
    placeholder === 'all'
      ? t('region.all', { level: levelPluralLabel(level, t) })
      : t('region.choose', { level: label });
  if (children.loading) firstOption = t('common.loading');
  else if (empty) firstOption = t('region.none');

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={selected ?? ''}
        disabled={parentCode === undefined || children.loading || empty || Boolean(children.error)}
        aria-busy={children.loading || undefined}
        aria-describedby={children.error ? errorId : undefined}
        onChange={(event) => onSelect(event.target.value || undefined)}
      >
        <option value="">{firstOption}</option>
        {items.map((region) => (
          <option key={region.code} value={region.code}>
            {region.name}
          </option>
        ))}
      </select>
      {children.error ? (
        <p id={errorId} className="field-error">
          {errorText(children.error, locale)}{' '}
          <button type="button" className="link-button" onClick={children.reload}>
            {t('common.retry')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
