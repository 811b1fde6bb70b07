/**
 * A code read from a text column as the domain type the API promises (the contract's enums). The write
 * path stores only these codes, so another value is a corrupt row: it fails loudly here instead of
 * reaching a client that would show it as something it is not.
 */
export function storedCode<const Codes extends readonly string[]>(
  codes: Codes,
  value: string,
  column: string,
): Codes[number] {
  if (!isOneOf(codes, value)) throw new Error(`Unknown ${column} code in the database: ${value}`);
  return value;
}

function isOneOf<const Codes extends readonly string[]>(codes: Codes, value: string): value is Codes[number] {
  return codes.some((code) => code === value);
}
