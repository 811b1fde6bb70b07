import type { Region } from '@sigap/contracts';
import { isWithinScope } from '@sigap/domain';
import { useT } from '../../lib/i18n';

interface RegionBreadcrumbProps {
  /** Root first, ending with the selected region. */
  trail: Region[];
  scopeCode: string;
  onSelect: (code: string) => void;
}

/** The path to the selected region; steps inside the user's scope are buttons that jump back up. */
export function RegionBreadcrumb({ trail, scopeCode, onSelect }: RegionBreadcrumbProps) {
  const t = useT();
  return (
    <nav className="breadcrumb" aria-label={t('region.breadcrumb')}>
      <ol>
        {trail.map((region, index) => {
          const last = index === trail.length - 1;
          return (
            <li key={region.code}>
              {last ? (
                <span aria-current="location">{region.name}</span>
              ) : isWithinScope(scopeCode, region.code) ? (
                <button type="button" className="link-button" onClick={() => onSelect(region.code)}>
                  {region.name}
                </button>
              ) : (
                <span className="muted">{region.name}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
