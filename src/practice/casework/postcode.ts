// The shape of a UK postcode, for the placement postcode (SSDA903 PL_POST; 903 rule 392c refuses an
// invalid one). The shape only: outward code (area letters, district digit, optional digit or letter),
// then the inward code (a digit and two letters), with or without the space, in either case. Whether the
// postcode exists is not known here (no postcode directory), so "SW1A 1AA" and "sw1a1aa" pass and "SW1A"
// does not. GIR 0AA (Girobank), the one historical exception to the shape, is accepted too.
const SHAPE = /^(?:[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}|GIR ?0AA)$/i;

export function isUkPostcode(text: string): boolean {
  return SHAPE.test(text.trim());
}

/** The postcode as Royal Mail writes it: capitals, one space before the inward code ('sw1a1aa' → 'SW1A 1AA'). */
export function normalisePostcode(text: string): string {
  const compact = text.replace(/\s+/g, '').toUpperCase();
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}
