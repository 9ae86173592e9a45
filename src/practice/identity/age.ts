// A child's age in whole years on a given day (today is a parameter: practice/ never reads the clock).
// Someone born on 29 February turns a year older on 1 March in non-leap years (the usual English
// reading for legal ages).

export function ageInYears(dateOfBirth: string, onDate: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}
