import { ApiError } from './api';
import { translate } from './i18n';

/** The file name the server suggests in Content-Disposition, or the fallback. */
function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain?.[1] ?? fallback;
}

/**
 * Fetch a file from the API and hand it to the browser as a download. Going through fetch (not a bare link)
 * lets the page show the server's error in the user's language instead of a JSON file named ".xlsx".
 */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(
      0,
      'network_error',
      translate('id', 'error.network'),
      translate('en', 'error.network'),
    );
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => undefined)) as
      | { error?: string; message?: string; messageEn?: string }
      | undefined;
    throw new ApiError(
      response.status,
      body?.error ?? 'server_error',
      body?.message ?? translate('id', 'error.server'),
      body?.messageEn ?? translate('en', 'error.server'),
    );
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response, fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the object URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
