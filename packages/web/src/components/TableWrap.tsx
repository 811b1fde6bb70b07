import { type ReactNode, useEffect, useRef, useState } from 'react';

interface TableWrapProps {
  /** What the table is, read out when a keyboard user lands on the scrolling box. */
  label: string;
  className?: string;
  children: ReactNode;
  busy?: boolean;
}

/**
 * The box that scrolls a wide table sideways on a phone. When (and only when) it actually scrolls, it
 * becomes a focusable, named region so a keyboard user can scroll it with the arrow keys (WCAG 2.1.1;
 * axe `scrollable-region-focusable`). A box that fits adds no extra tab stop.
 */
export function TableWrap({ label, className = 'table-wrap', children, busy }: TableWrapProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () =>
      setScrolls(box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1);
    measure();
    // jsdom (unit tests) has no ResizeObserver; the box then keeps its first measurement.
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    for (const child of Array.from(box.children)) observer.observe(child);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={ref}
      className={className}
      aria-busy={busy || undefined}
      {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-label': label } : {})}
    >
      {children}
    </div>
  );
}
