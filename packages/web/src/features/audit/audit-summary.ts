/**
 * Readable pieces of an audit entry's summary object. Changes are stored as `[before, after]` pairs and
 * shown as "before → after"; keys stay the API's field names, which auditors also see in the API docs.
 */
export function summaryParts(
  summary: Record<string, unknown> | string | null | undefined,
): [string, string][] {
  if (summary === null || summary === undefined) return [];
  if (typeof summary === 'string') return summary ? [['', summary]] : [];
  return Object.entries(summary).map(([key, value]) => [key, valueText(value)]);
}

function valueText(value: unknown): string {
  if (Array.isArray(value) && value.length === 2) return `${valueText(value[0])} → ${valueText(value[1])}`;
  if (value === null || value === undefined) return '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
