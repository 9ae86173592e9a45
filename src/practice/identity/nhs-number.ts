// NHS number: ten digits, the tenth a modulus 11 check digit (NHS Data Dictionary, "NHS Number").
// Multiply the first nine digits by 10 down to 2, sum, take 11 minus the remainder mod 11; 11 means a
// check digit of 0 and 10 means the number is invalid.

export function nhsNumberCheckDigit(firstNine: string): number | null {
  if (!/^\d{9}$/.test(firstNine)) return null;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(firstNine[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return null;
  return check;
}

/** Accepts spaces or hyphens as typed ("943 476 5919") and returns the ten digits, or null if invalid. */
export function normaliseNhsNumber(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '');
  if (!/^\d{10}$/.test(digits)) return null;
  const check = nhsNumberCheckDigit(digits.slice(0, 9));
  return check !== null && check === Number(digits[9]) ? digits : null;
}

export function isValidNhsNumber(input: string): boolean {
  return normaliseNhsNumber(input) !== null;
}

/** Shown as 3-3-4, the way it is printed on NHS letters. */
export function formatNhsNumber(digits: string): string {
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}
