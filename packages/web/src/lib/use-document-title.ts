import { useEffect } from 'react';

/** Page title first, product last: tabs and screen-reader announcements then lead with what differs. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Sigap` : 'Sigap';
  }, [title]);
}
