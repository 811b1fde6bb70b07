import type { Region } from '@sigap/contracts';
import { ancestorCodes, isWithinScope, NATIONAL_CODE, REGION_LEVELS, regionLevel } from '@sigap/domain';
import { RegionBreadcrumb } from './RegionBreadcrumb';
import { type Placeholder, RegionLevelSelect } from './RegionLevelSelect';
import { useRegionDetail } from './region-queries';

/** The four pickable levels, top down; the national root is never picked, only started from. */
const PICKABLE = REGION_LEVELS.filter((level) => level !== 'country');

interface RegionPickerProps {
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
  legend: string;
  /** The user's scope: levels down to it are fixed, choices stay inside it. */
  scopeCode: string;
  /** Selected region code; the scope itself when nothing deeper is chosen. */
  value: string;
  onChange: (code: string) => void;
  placeholder?: Placeholder;
  showBreadcrumb?: boolean;
}

/**
 * Drill from province to regency, district and village with one labelled `<select>` per level, starting at
 * the user's scope. Reusable wherever a region is chosen (browsing, user forms, filters).
 */
export function RegionPicker({
  idPrefix,
  legend,
  scopeCode,
  value,
  onChange,
  placeholder = 'choose',
  showBreadcrumb = true,
}: RegionPickerProps) {
  // A value outside the scope can only come from a stale URL or form; fall back to the scope itself.
  const current = isWithinScope(scopeCode, value) && regionLevel(value) ? value : scopeCode;
  const path = [...ancestorCodes(current), current].filter((code) => code !== NATIONAL_CODE);
  const scopeDepth = REGION_LEVELS.indexOf(regionLevel(scopeCode) ?? 'country');

  const scope = useRegionDetail(scopeCode);
  const selected = useRegionDetail(current);
  const known = new Map<string, Region>();
  // While the next region loads, keep showing the previous trail so the layout does not jump.
  const shown = selected.data ?? selected.latest;
  for (const detail of [scope.data, shown]) {
    for (const region of detail ? [...detail.ancestors, detail.region] : []) known.set(region.code, region);
  }
  const trail = shown ? [...shown.ancestors, shown.region] : [];

  return (
    <fieldset className="region-picker">
      <legend>{legend}</legend>
      {showBreadcrumb && trail.length > 0 ? (
        <RegionBreadcrumb trail={trail} scopeCode={scopeCode} onSelect={onChange} />
      ) : null}
      <div className="region-levels">
        {PICKABLE.map((level, index) => {
          const depth = index + 1;
          const code = path[index];
          const parentCode = index === 0 ? NATIONAL_CODE : path[index - 1];
          const fixed =
            depth <= scopeDepth && code ? { code, name: known.get(code)?.name ?? code } : undefined;
          return (
            <RegionLevelSelect
              key={level}
              id={`${idPrefix}-${level}`}
              level={level}
              fixed={fixed}
              parentCode={parentCode}
              selected={code}
              placeholder={placeholder}
              // Clearing a level means "the level above, as a whole".
              onSelect={(picked) => onChange(picked ?? parentCode ?? scopeCode)}
            />
          );
        })}
      </div>
    </fieldset>
  );
}
