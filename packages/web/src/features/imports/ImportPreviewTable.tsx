import type { ImportPreview } from '@sigap/contracts';
import { formatNumber } from '@sigap/domain';
import { useLocale, useT } from '../../lib/i18n';

/** The first rows exactly as the server read them; scrolls both ways inside its box, never the page. */
export function ImportPreviewTable({ preview }: { preview: ImportPreview }) {
  const t = useT();
  const { locale } = useLocale();
  const caption = t('imports.preview', { count: formatNumber(preview.rows.length, locale) });
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard to scroll it
    <section className="table-wrap preview-wrap" tabIndex={0} aria-label={caption}>
      <table className="table-compact preview-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="preview-line">
              {t('imports.errors.line')}
            </th>
            {preview.header.map((header, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: headers may repeat; their position is their identity
              <th scope="col" key={index}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row, rowIndex) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed preview that never reorders
            <tr key={rowIndex}>
              {/* The header is line 1, so the first data row is line 2, as in the error report. */}
              <td className="preview-line">{rowIndex + 2}</td>
              {preview.header.map((_, cellIndex) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                <td key={cellIndex} className="nowrap">
                  {row[cellIndex] ?? ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
