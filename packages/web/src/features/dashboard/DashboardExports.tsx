import { DownloadButton } from '../../components/DownloadButton';
import { useT } from '../../lib/i18n';
import { exportPath, type Reference } from './coverage.api';

/** Excel of the table on screen and the PDF situation report, for the same region and reference. */
export function DashboardExports({
  region,
  reference,
  demo,
}: {
  region: string;
  reference: Reference;
  /** A simulated election: the official PDF is not offered (the server refuses it too). */
  demo: boolean;
}) {
  const t = useT();
  const suffix = `${region}-${reference.kind === 'date' ? reference.date : `pemilihan-${reference.id}`}`;
  return (
    <div className="export-buttons">
      <DownloadButton
        path={exportPath('coverage.xlsx', region, reference)}
        fileName={`cakupan-${suffix}.xlsx`}
        label={t('cc.export.xlsx')}
      />
      {demo ? (
        <p className="muted" data-testid="pdf-demo-note">
          {t('cc.export.pdfDemo')}
        </p>
      ) : (
        <DownloadButton
          path={exportPath('situation-report.pdf', region, reference)}
          fileName={`laporan-situasi-${suffix}.pdf`}
          label={t('cc.export.pdf')}
        />
      )}
    </div>
  );
}
