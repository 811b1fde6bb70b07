/**
 * A drill-down into a child region is a real link (`?wilayah=<code>` with the other parameters kept), so
 * middle-click, ctrl/cmd-click and "open in new tab" work; a plain left click stays in the page and drills
 * down without a reload.
 */
export function drillHref(current: URLSearchParams, code: string): string {
  const query = new URLSearchParams(current);
  query.set('wilayah', code);
  return `?${query.toString()}`;
}

/** A click the page handles itself: the main button without a modifier (any other goes to the browser). */
export function isPlainClick(event: {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
