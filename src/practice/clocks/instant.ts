// Instants for the hours clocks (the 72-hour return interview, secure accommodation without an order),
// as whole minutes since 1970-01-01T00:00Z. A date-time without an offset is UK local time, so
// "2025-03-30T01:30" is resolved against Europe/London's clock change.
import { toDayNumber, fromDayNumber } from '../calendar/day-number.ts';

const PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;

const londonOffset = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'longOffset' });

/** London's offset from UTC in minutes at a UTC instant (0 in winter, 60 in summer). */
function londonOffsetMinutes(utcMinute: number): number {
  const name = londonOffset.formatToParts(new Date(utcMinute * 60000)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

export function toMinute(iso: string): number {
  const m = PATTERN.exec(iso);
  if (!m) throw new Error(`"${iso}" is not a date-time (YYYY-MM-DDTHH:MM)`);
  const wall = toDayNumber(m[1]!) * 1440 + Number(m[2]) * 60 + Number(m[3]);
  const zone = m[5];
  if (zone === 'Z') return wall;
  if (zone) {
    const sign = zone.startsWith('-') ? -1 : 1;
    return wall - sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  }
  // UK local: try the winter and summer readings and keep the one London agrees with.
  const asSummer = wall - 60;
  return londonOffsetMinutes(asSummer) === 60 ? asSummer : wall;
}

/** The date in England at an instant, as a day number. */
export function londonDayOf(minute: number): number {
  return Math.floor((minute + londonOffsetMinutes(minute)) / 1440);
}

export function formatMinute(minute: number): string {
  const day = Math.floor(minute / 1440);
  const rest = minute - day * 1440;
  return `${fromDayNumber(day)}T${String(Math.floor(rest / 60)).padStart(2, '0')}:${String(rest % 60).padStart(2, '0')}:00Z`;
}
