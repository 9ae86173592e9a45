// GOV.UK style for dates and times on pages: "3 March 2025", "3 March 2025 at 5:04pm", always in UK
// time whatever the server's time zone. The wording is practice/casework/format-date.ts's, so messages
// from the domain and the pages read alike.
import { formatDate as formatIsoDate, formatDateTime as formatIsoDateTime } from '../../src/practice/casework/format-date.ts';

export function formatDate(iso: string | null): string {
  return iso ? formatIsoDate(iso) : '';
}

/** An instant (a Date) or a stored date-time string, shown in UK time. */
export function formatDateTime(at: Date | string): string {
  return formatIsoDateTime(typeof at === 'string' ? at : at.toISOString());
}
