/** Mouth curves from a frown to a broad smile, and a colour per answer (worst first). */
const MOUTHS = ['M8 17 Q12 12 16 17', 'M8 16 Q12 14 16 16', 'M8 15 Q12 17 16 15', 'M7 14 Q12 20 17 14'];
const COLOURS = ['#b91c1c', '#d97706', '#65a30d', '#15803d'];

/**
 * A face for an answer 1–4, drawn rather than an emoji: a TV, kiosk or old phone without a colour emoji
 * font would show empty boxes.
 */
export function Face({ level }: { level: 0 | 1 | 2 | 3 }) {
  return (
    <svg className="skm-face" viewBox="0 0 24 24" width="36" height="36" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="10.5" fill="none" stroke={COLOURS[level]} strokeWidth="2" />
      <circle cx="8.5" cy="9.5" r="1.4" fill={COLOURS[level]} />
      <circle cx="15.5" cy="9.5" r="1.4" fill={COLOURS[level]} />
      <path d={MOUTHS[level]} fill="none" stroke={COLOURS[level]} strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
