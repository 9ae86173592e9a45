// The LA's local standards and added bank holidays, as the clock engine needs them.
import { createCalendar, type Calendar } from '../../practice/calendar/calendar.ts';
import { DEFAULT_LOCAL_STANDARDS, type LocalStandards, type NumericStandardKey } from '../../practice/clocks/types.ts';
import { checkSchoolTerms } from '../../practice/clocks/local-standards.ts';
import type { Tx } from '../tenant.ts';

export interface StoredLocalStandards {
  settings: LocalStandards;
  /** Only the values the LA has changed from Lantern's defaults. */
  overrides: Partial<LocalStandards>;
  version: number;
}

function isStandardKey(key: string): key is NumericStandardKey {
  return key !== 'schoolTerms' && Object.hasOwn(DEFAULT_LOCAL_STANDARDS, key);
}

export async function loadLocalStandards(tx: Tx): Promise<StoredLocalStandards> {
  const row = await tx.selectFrom('local_standards').select(['settings', 'version']).executeTakeFirst();
  const overrides: Partial<LocalStandards> = {};
  if (row && row.settings && typeof row.settings === 'object') {
    for (const [key, value] of Object.entries(row.settings)) if (isStandardKey(key) && typeof value === 'number') overrides[key] = value;
    // The school term dates are stored as the administrator saved them; anything unreadable keeps the defaults.
    const terms = (row.settings as Record<string, unknown>).schoolTerms;
    if (terms !== undefined) {
      const checked = checkSchoolTerms(terms);
      if (checked.ok) overrides.schoolTerms = checked.terms;
    }
  }
  return { settings: { ...DEFAULT_LOCAL_STANDARDS, ...overrides }, overrides, version: row?.version ?? 0 };
}

export interface LocalBankHoliday {
  date: string;
  name: string;
}

export async function loadLocalBankHolidays(tx: Tx): Promise<LocalBankHoliday[]> {
  const rows = await tx.selectFrom('local_bank_holiday').select(['holiday_date', 'name']).orderBy('holiday_date').execute();
  return rows.map((r) => ({ date: r.holiday_date, name: r.name }));
}

export async function loadLocalCalendar(tx: Tx): Promise<Calendar> {
  return createCalendar(await loadLocalBankHolidays(tx));
}
