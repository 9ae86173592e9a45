// Unique pupil number: 13 characters. Character 1 is a check letter; 2-4 the LA code; 5-8 the school
// (DfE establishment number); 9-10 the year of allocation; 11-12 a serial; 13 a digit, or a letter for a
// temporary UPN. (DfE, "Unique pupil numbers (UPNs): guidance for schools and local authorities".)
// Check letter: weight characters 2-13 by 2..13 (a letter in position 13 counts as its index in the
// alphabet below), sum, mod 23, and take that index in the same 23-letter alphabet.

const ALPHABET = 'ABCDEFGHJKLMNPQRTUVWXYZ';

function characterValue(ch: string, position: number): number | null {
  if (/\d/.test(ch)) return Number(ch);
  if (position === 13) {
    const index = ALPHABET.indexOf(ch);
    return index >= 0 ? index : null;
  }
  return null;
}

export function upnCheckLetter(lastTwelve: string): string | null {
  if (lastTwelve.length !== 12) return null;
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const value = characterValue(lastTwelve[i]!, i + 2);
    if (value === null) return null;
    sum += value * (i + 2);
  }
  return ALPHABET[sum % 23] ?? null;
}

export function isValidUpn(input: string): boolean {
  const upn = input.trim().toUpperCase();
  if (!/^[A-Z]\d{11}[0-9A-Z]$/.test(upn)) return false;
  return upnCheckLetter(upn.slice(1)) === upn[0];
}
