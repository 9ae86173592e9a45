// A GOV.UK date input's three boxes as one ISO date: empty boxes are "not given", anything else must
// be a real date.
import { isIsoDate } from './day-number.ts';

export function readDateParts(day: string | undefined, month: string | undefined, year: string | undefined): { date: string | null; error: boolean } {
  const [d, m, y] = [day?.trim() ?? '', month?.trim() ?? '', year?.trim() ?? ''];
  if (!d && !m && !y) return { date: null, error: false };
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return { date: null, error: true };
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isIsoDate(iso) ? { date: iso, error: false } : { date: null, error: true };
}
