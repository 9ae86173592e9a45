// Dates and times as a social worker reads them in a message or on the chronology (GOV.UK style guide:
// "3 March 2025", "3 March 2025 at 9:15am"; no leading zero, no comma, am/pm in lower case).
import { parseIsoDate } from '../calendar/day-number.ts';
import { englandDateTimeOf } from './england-date.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** '2025-03-03' → '3 March 2025'. A date-time is shown by its date in England. */
export function formatDate(iso: string): string {
  const { year, month, day } = parseIsoDate(iso.length > 10 ? englandDateTimeOf(iso).slice(0, 10) : iso);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** '2025-03-03T09:15' → '3 March 2025 at 9:15am'; midday is '12pm', midnight '12am' (GOV.UK style). */
export function formatDateTime(isoDateTime: string): string {
  if (isoDateTime.length === 10) return formatDate(isoDateTime);
  const local = englandDateTimeOf(isoDateTime);
  const hour = Number(local.slice(11, 13));
  const minute = local.slice(14, 16);
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  const time = minute === '00' ? `${h12}${hour < 12 ? 'am' : 'pm'}` : `${h12}:${minute}${hour < 12 ? 'am' : 'pm'}`;
  return `${formatDate(local.slice(0, 10))} at ${time}`;
}
