// What reading a return file (CIN census XML, SSDA903 CSVs) produces for the importer: per child, the
// identity the file holds and the journey records it implies, each with where in the file it came from,
// and every row the reader refused. Readers are pure (text in, batch out); `store/imports/` writes a
// batch in one transaction, matching each record to a stored one by its natural key, so importing the
// same file twice changes nothing and importing an export of Lantern's own records gives them back.
import type { JourneyRecordType } from '../practice/journey/record-types.ts';

/** A place in an imported file: its name as given and the 1-based line the row or element starts on. */
export interface SourcePlace {
  file: string;
  line: number;
}

/** A row the import refused: which file, which line, which field (null for the whole row), and why, in plain words. */
export interface Rejection extends SourcePlace {
  field: string | null;
  reason: string;
  /** The child the refused row is about, when the row names one (not for a problem with a whole file). */
  childReference?: string;
}

/** Identity fields the file holds; a field left out is not in this file and keeps what is stored. */
export interface ImportedIdentity {
  dateOfBirth?: string | null;
  expectedDateOfBirth?: string | null;
  /** Lantern's codes (child.sex): '0' not yet born / not known, '1' male, '2' female, '9' not specified. */
  sex?: '0' | '1' | '2' | '9';
  /** CIN census / SSDA903 ethnicity code (WBRI, …). */
  ethnicity?: string;
  upn?: string | null;
  /** CIN census disability codes (NONE, MOB, …). */
  disabilities?: string[];
  unaccompaniedAsylumSeeking?: boolean;
}

export interface ImportedRecord {
  recordType: JourneyRecordType;
  /**
   * The fields that identify this record among the child's records of the same type: its natural key in
   * the return (a placement by its start date, a review by its date). An empty object matches the single
   * record of a single type (adoption, careLeaver). Every key here is also in `fields` (a date matched
   * within a window, `matchWithin`, is not in `match`).
   */
  match: Record<string, unknown>;
  /** The fields the file holds: set on the stored record, created or updated (the file wins). */
  fields: Record<string, unknown>;
  /**
   * Fields the journey schema requires that the file does not hold: used only when the record is new,
   * never written over a stored record's own values. Documented per format in docs/returns.md.
   */
  defaults?: Record<string, unknown>;
  /**
   * Instead of `match` (then `{}`): the record of this type in force on this day, for a record that began
   * before anything the file says about it. An SSDA903 episodes file is one year's view: a placement or
   * period of care begun in an earlier year shows only the day its first episode in this year began, so it
   * is found as the one whose startDate is on or before that day and whose endDate is absent, null or on
   * or after it (one still open after the day before one ending on it). A new one takes its startDate from
   * `defaults`.
   */
  inForceOn?: string;
  /**
   * Instead of an exact value for a date in `match`, for a return that gives less than the day Lantern
   * holds: among the records matching `match`, those whose `field` (a date, or a date-time taken as its day
   * in England) falls from `from` to `to` (both inclusive; no `from`: any day up to `to`), in time order;
   * the record is the `nth` of them (from 0), or the latest when `nth` is not given. Never ambiguous: an
   * SSDA903 OC2 row says only that a child had a health check "in the year", so it is the latest in the
   * collection year; a missing episode is given by its day, so it is that day's first (or second…).
   * `field` need not be in `fields`: a record found keeps its own day, and a new one takes it from
   * `defaults` (or `fields`).
   */
  matchWithin?: {
    field: string;
    from?: string;
    to: string;
    nth?: number;
    /**
     * When no record falls in the window, the latest before `from` stands for the file's record if it
     * already holds every field the file gives (OC2 IMMUNISATIONS: up to date at the latest check, which
     * may be before the year): unchanged. Otherwise one is created, as when there is none.
     */
    orEarlierIfSame?: boolean;
  };
  /**
   * Fields in `fields` whose value is a date-time standing for a day only (the SSDA903 gives a missing
   * episode's start and end as days; the reader writes them at midday): a stored value on the same day in
   * England is kept with its own time, and only a different day is written.
   */
  dayOnly?: string[];
  /**
   * Fields that point at another record of the child (a placement's periodOfCareId, an assessment's
   * referralId): the field is set to the id of the record of that type matching those fields (or in force
   * on `inForceOn`). The record pointed at must come earlier in the child's `records` (or already be stored).
   */
  refs?: Record<string, { recordType: JourneyRecordType; match: Record<string, unknown>; inForceOn?: string }>;
  source: SourcePlace;
}

export interface ImportedChild {
  /** The LA's own reference for the child (CIN LAchildID, SSDA903 CHILD): child.child_reference. */
  childReference: string;
  identity: ImportedIdentity;
  records: ImportedRecord[];
  /** Where the child was first met in the files (for a rejection of the child as a whole). */
  source: SourcePlace;
}

export interface ImportBatch {
  format: 'cin-census' | 'ssda903';
  /** The collection year the file is for, as its own header gives it (e.g. 2025 for 2024/25), when known. */
  collectionYear: number | null;
  /** Data rows (CSV lines after headers; CIN <Child> elements) read across all files. */
  rows: number;
  children: ImportedChild[];
  rejected: Rejection[];
  /**
   * What is wrong in the file but changes nothing Lantern keeps (a census reference date that is not
   * 31 March, from a mid-year extract): reported with the outcome, never a reason to refuse the import.
   */
  warnings?: Rejection[];
}
