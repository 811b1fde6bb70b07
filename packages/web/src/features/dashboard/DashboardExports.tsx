import { DownloadButton } from '../../components/DownloadButton';
import { useT } from '../../lib/i18n';
import { exportPath, type Reference } from './coverage.api';

/** Excel of the table on screen and the PDF situation report, for the same region and reference. */
export function DashboardExports({ region, reference }: { region: string; reference: Reference }) {
  const t = useT();
  const suffix = `${region}-${reference.kind === 'date' ? reference.date : `pemilihan-${reference.id}`}`;
  return (
    <div className="export-buttons">
      <DownloadButton
        path={exportPath('coverage.xlsx', region, reference)}
        fileName={`cakupan-${suffix}.xlsx`}
        label={t('cc.export.xlsx')}
      />
      <DownloadButton
        path={exportPath('situation-report.pdf', region, reference)}
        fileName={`laporan-situasi-${suffix}.pdf`}
        label={t('cc.export.pdf')}
      />
    </div>
  );
}
