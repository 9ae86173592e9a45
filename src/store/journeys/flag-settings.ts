// What the case flags need from the LA: its calendar (bank holidays, its own one-offs) and the local
// standards the flags read (the repeat-missing thresholds). The standards come back too, so a caller
// that also needs another standard (the drift threshold on the child's page) reads them once.
import type { Calendar } from '../../practice/calendar/calendar.ts';
import type { CaseFlagOptions } from '../../practice/casework/flags.ts';
import type { LocalStandards } from '../../practice/clocks/types.ts';
import type { Tx } from '../tenant.ts';
import { loadLocalCalendar, loadLocalStandards } from '../clocks/local-standards.ts';

export async function loadFlagSettings(tx: Tx): Promise<{ calendar: Calendar; options: CaseFlagOptions; settings: LocalStandards }> {
  const [{ settings }, calendar] = await Promise.all([loadLocalStandards(tx), loadLocalCalendar(tx)]);
  return { calendar, settings, options: { repeatMissing: { episodes: settings.repeatMissingEpisodes, days: settings.repeatMissingDays } } };
}
