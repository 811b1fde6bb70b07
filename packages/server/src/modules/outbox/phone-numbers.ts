/**
 * Indonesian mobile numbers as people write them (0812-3456-789, +62 812…, 62812…) in the one form
 * wa.me links and gateways take: digits only, country code 62, no leading zero. Null when it is not one.
 */
export function normalizeIndonesianPhone(raw: string): string | null {
  const digits = raw.replace(/[\s\-().]/g, '').replace(/^\+/, '');
  if (!/^\d+$/.test(digits)) return null;
  let national: string;
  if (digits.startsWith('62')) national = digits.slice(2);
  else if (digits.startsWith('0')) national = digits.slice(1);
  else return null;
  // Mobile numbers start with 8 and have 9–12 digits after the country code.
  if (!/^8\d{8,11}$/.test(national)) return null;
  return `62${national}`;
}

/** For lists: the country code and the last three digits only (628123*****789). */
export function maskPhone(normalized: string): string {
  if (normalized.length <= 7) return '*'.repeat(normalized.length);
  return `${normalized.slice(0, 5)}${'*'.repeat(normalized.length - 8)}${normalized.slice(-3)}`;
}

/** The "send by hand" link: opens WhatsApp with the recipient and the text filled in. */
export function waMeLink(normalized: string, text: string): string {
  return `https://wa.me/${normalized}?text=${encodeURIComponent(text)}`;
}
