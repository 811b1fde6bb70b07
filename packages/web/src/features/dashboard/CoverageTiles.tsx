import type { CoverageFigures } from '@sigap/contracts';
import { formatNumber, formatPercent } from '@sigap/domain';
import type { MessageKey } from '../../lib/i18n';
import { useLocale, useT } from '../../lib/i18n';

interface Tile {
  key: string;
  label: MessageKey;
  value: number;
  note?: string | undefined;
  tone?: 'good' | 'warn' | 'bad';
}

/** The headline figures of a region, each a term from the Disdukcapil reports (Wajib KTP, PRR, IKD…). */
export function CoverageTiles({ figures }: { figures: CoverageFigures }) {
  const t = useT();
  const { locale } = useLocale();
  const percent =
    figures.percentRecorded === null ? undefined : formatPercent(figures.percentRecorded, locale);
  const tiles: Tile[] = [
    { key: 'must', label: 'cc.fig.mustHoldId', value: figures.mustHoldId },
    { key: 'recorded', label: 'cc.fig.recorded', value: figures.recorded, note: percent, tone: 'good' },
    { key: 'not', label: 'cc.fig.notRecorded', value: figures.notRecorded, tone: 'bad' },
    { key: 'prr', label: 'cc.fig.printReadyWaiting', value: figures.printReadyWaiting, tone: 'warn' },
    { key: 'printed', label: 'cc.fig.printed', value: figures.printed },
    { key: 'handed', label: 'cc.fig.handedOver', value: figures.handedOver },
    { key: 'rerec', label: 'cc.fig.needsRerecording', value: figures.needsRerecording, tone: 'bad' },
    { key: 'ikd', label: 'cc.fig.digitalIdActive', value: figures.digitalIdActive },
    {
      key: 'ftv',
      label: 'cc.fig.firstTimeVotersNotRecorded',
      value: figures.firstTimeVotersNotRecorded,
      tone: 'bad',
    },
  ];
  return (
    <dl className="stat-grid cc-tiles" data-testid="coverage-tiles">
      {tiles.map((tile) => (
        <div key={tile.key} className={`stat cc-tile${tile.tone ? ` cc-tile-${tile.tone}` : ''}`}>
          <dt>{t(tile.label)}</dt>
          <dd>
            {formatNumber(tile.value, locale)}
            {tile.note ? <span className="cc-tile-note">{tile.note}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
