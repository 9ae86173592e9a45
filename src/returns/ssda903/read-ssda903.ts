// Reading a set of SSDA903 CSV files (any collection year from 2021) into an import batch: each child's
// identity and the journey records the files imply, and every row refused with its file, line, field and
// reason. Pure: the files' text in, the batch out; `store/imports/` writes it. The inverse of
// build-ssda903.ts, so Lantern's own export reads back as the records it was made from.
//
// Each file is known by its header row, not its name (columns.ts; read-columns.ts says what each column may
// hold in the 2021 to 2026 schemas). A row is checked field by field (dates DD/MM/YYYY, codes known, the
// child's DOB and SEX the same in every file) and a row with any problem gives nothing. What goes where,
// the natural keys, the defaults for new records and what is dropped: docs/returns.md "Importing SSDA903".
import { parse } from 'csv-parse/sync';
import type { ImportBatch, ImportedChild, ImportedIdentity, ImportedRecord, Rejection, SourcePlace } from '../import-batch.ts';
import { PLACEMENT_TYPES_WITHDRAWN } from '../../practice/journey/looked-after-codes.ts';
import { collectionYearOf } from './build-ssda903.ts';
import { SSDA903_COLUMNS, SSDA903_FILES, type Ssda903File } from './columns.ts';
import { SCHEMA_2025_STARTS, postcode } from './episodes.ts';
import { CHILD_REFERENCE, POSTCODE_PATTERN, READ_COLUMNS, UPN_PATTERN, UPN_UNKNOWN, type ColumnRule } from './read-columns.ts';
import { readChildEpisodes, type EpisodeRow } from './read-episodes.ts';

export interface ReadSsda903Options {
  /**
   * The collection year the files are for (2025 for 2024/25). The CSVs do not say; when not given it is the
   * year ending on the 31 March on or after the latest DECOM, REVIEW or MIS_START in the files. OC2 and OC3
   * rows need it (see docs/returns.md).
   */
  collectionYear?: number;
}

/**
 * A data row: the values as given (trimmed), the dates as ISO, and the fields refused so far. A row with
 * any field refused gives nothing, but its other fields are still checked against the other files, so one
 * reading reports every problem with it.
 */
interface Row {
  file: string;
  line: number;
  child: string;
  value: Record<string, string>;
  date: Record<string, string | null>;
  refused: Set<string>;
}

const ok = (row: Row): boolean => row.refused.size === 0;
/** The column's value passed its own check (its date, its code). */
const usable = (row: Row, column: string): boolean => !row.refused.has(column) && row.value[column] !== undefined;

const ALL_COLUMNS = new Set<string>(Object.values(SSDA903_COLUMNS).flat());

/** DD/MM/YYYY (a day or month of one digit too, as spreadsheets write them) to ISO, or null if it is no real date. */
export function isoFromDmy(text: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (!m) return null;
  const d = Number(m[1]);
  const mo = Number(m[2]);
  const y = Number(m[3]);
  // Arithmetic, not a Date per value: a 100,000-row file has several dates a row.
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = mo === 2 ? (leap ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
  if (mo < 1 || mo > 12 || d < 1 || d > days) return null;
  return `${m[3]}-${mo < 10 ? '0' : ''}${mo}-${d < 10 ? '0' : ''}${d}`;
}

const list = (names: readonly string[]): string => names.join(', ');

/** Which SSDA903 file a header row is, or why it is none. */
function fileKind(header: readonly string[]): { kind: Ssda903File } | { reason: string } {
  const seen = new Set<string>();
  const repeated = header.filter((h) => (seen.has(h) ? true : (seen.add(h), false)));
  if (repeated.length) return { reason: `the header row repeats column ${list([...new Set(repeated)])}` };
  const scored = SSDA903_FILES.map((kind) => {
    const want: readonly string[] = SSDA903_COLUMNS[kind];
    return { kind, missing: want.filter((c) => !seen.has(c)), unexpected: header.filter((c) => !want.includes(c)) };
  }).sort((a, b) => a.missing.length + a.unexpected.length - (b.missing.length + b.unexpected.length));
  const best = scored[0]!;
  if (best.missing.length === 0 && best.unexpected.length === 0) return { kind: best.kind };
  const foreign = header.filter((c) => !ALL_COLUMNS.has(c));
  const near = best.missing.length + best.unexpected.length <= 2 || (best.missing.length === 0 && foreign.length === best.unexpected.length);
  if (near) {
    const parts = [best.missing.length ? `missing column${best.missing.length > 1 ? 's' : ''} ${list(best.missing)}` : '', best.unexpected.length ? `unexpected column${best.unexpected.length > 1 ? 's' : ''} ${list(best.unexpected)}` : ''].filter(Boolean);
    return { reason: `the header row is nearly that of the SSDA903 ${best.kind} file, but has ${parts.join(' and ')}` };
  }
  return {
    reason: foreign.length
      ? `the header row is not that of any SSDA903 file (2021 to 2026 schemas): column${foreign.length > 1 ? 's' : ''} ${list(foreign)} ${foreign.length > 1 ? 'are' : 'is'} in none of them`
      : `the header row (${list(header)}) is not that of any SSDA903 file (2021 to 2026 schemas)`,
  };
}

/** The problem with one field's value under its rule, or null. */
function fieldProblem(column: string, value: string, rule: ColumnRule): string | null {
  if (value === '') return rule.blank ? null : `${column} is blank`;
  switch (rule.kind) {
    case 'text':
      return null;
    case 'date':
      return isoFromDmy(value) ? null : /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${column} ${value} is not written DD/MM/YYYY, as the 903 writes dates` : `${column} ${value} is not a date`;
    case 'code':
      return rule.codes.includes(value) ? null : `${column} ${value} is not one of the 903's codes for it`;
    case 'integer': {
      const n = /^\d+$/.test(value) ? Number(value) : NaN;
      return n >= rule.min && n <= rule.max ? null : `${column} ${value} is not a whole number from ${rule.min} to ${rule.max}`;
    }
    case 'postcode':
      return POSTCODE_PATTERN.test(postcode(value)) ? null : `${column} ${value} is not a postcode`;
    case 'reference':
      return CHILD_REFERENCE.test(value) ? null : `${column} ${value} is not a reference Lantern can hold (1 to 20 letters and digits)`;
    case 'upn':
      return UPN_PATTERN.test(value) || UPN_UNKNOWN.includes(value) ? null : `UPN ${value} is neither a UPN (a letter, 11 digits, a digit or letter) nor UN1 to UN5`;
  }
}

interface ReadFile {
  kind: Ssda903File;
  rows: Row[];
  count: number;
}

/** One file: its kind from the header, each data row checked field by field. */
function readFile(name: string, text: string, rejected: Rejection[]): ReadFile | null {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (error) {
    const line = typeof (error as { lines?: unknown }).lines === 'number' ? (error as { lines: number }).lines : 1;
    rejected.push({ file: name, line, field: null, reason: `the file is not readable as CSV: ${(error as Error).message}` });
    return null;
  }
  // The line a row starts on: where it ends, less the line breaks inside its quoted fields.
  const startLine = (r: (typeof records)[number]): number => r.info.lines - r.record.reduce((n, f) => n + (f.match(/\n/g)?.length ?? 0), 0);
  const [head, ...data] = records;
  if (!head) {
    rejected.push({ file: name, line: 1, field: null, reason: 'the file is empty: an SSDA903 file starts with its header row' });
    return null;
  }
  const header = head.record.map((h) => h.trim().toUpperCase());
  const kind = fileKind(header);
  if (!('kind' in kind)) {
    rejected.push({ file: name, line: startLine(head), field: null, reason: kind.reason });
    return null;
  }
  const rules = READ_COLUMNS[kind.kind];
  const rows: Row[] = [];
  for (const r of data) {
    const line = startLine(r);
    const value: Record<string, string> = {};
    if (r.record.length !== header.length) {
      rejected.push({ file: name, line, field: null, reason: `the row has ${r.record.length} field${r.record.length === 1 ? '' : 's'}; the header has ${header.length}` });
      // Kept, refused as a whole, so that a child's other episodes go with it.
      rows.push({ file: name, line, child: (r.record[header.indexOf('CHILD')] ?? '').trim(), value, date: {}, refused: new Set(['*']) });
      continue;
    }
    header.forEach((h, i) => (value[h] = r.record[i]!.trim()));
    const problems = header.flatMap((h) => {
      const problem = fieldProblem(h, value[h]!, rules[h]!);
      return problem ? [{ file: name, line, field: h, reason: problem }] : [];
    });
    // The 2025 schema withdrew placement types H5 and P2 (SSDA903_schema_2025.diff.yml): K3 from 1 April 2025.
    const decom = value.DECOM ? isoFromDmy(value.DECOM) : null;
    if (kind.kind === 'episodes' && decom && decom >= SCHEMA_2025_STARTS && PLACEMENT_TYPES_WITHDRAWN.includes(value.PLACE!)) {
      problems.push({ file: name, line, field: 'PLACE', reason: `PLACE ${value.PLACE} is not a placement type from 1 April 2025 (2025 schema): supported accommodation is K3` });
    }
    rejected.push(...problems);
    const date: Record<string, string | null> = {};
    for (const h of header) if (rules[h]!.kind === 'date') date[h] = value[h] ? isoFromDmy(value[h]!) : null;
    rows.push({ file: name, line, child: value.CHILD!, value, date, refused: new Set(problems.map((p) => p.field)) });
  }
  return { kind: kind.kind, rows, count: data.length };
}

/** SEX in Lantern's codes (child.sex; ImportedIdentity): 1 or M male, 2 or F female, U unknown ('0', not known). */
const lanternSex = (code: string): '0' | '1' | '2' => (code === '1' || code === 'M' ? '1' : code === '2' || code === 'F' ? '2' : '0');

/** The day a young person turns `years` (29 February in a year without one: 1 March, as build-ssda903.ts). */
function birthday(dateOfBirth: string, years: number): string {
  const y = Number(dateOfBirth.slice(0, 4)) + years;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return dateOfBirth.endsWith('-02-29') && !leap ? `${y}-03-01` : `${y}${dateOfBirth.slice(4)}`;
}

/** The order a child's records are given in: a placement after the period it refers to. */
const RECORD_ORDER: readonly Ssda903File[] = ['episodes', 'reviews', 'missing', 'oc2', 'oc3', 'ad1', 'placed_for_adoption'];

interface ChildAcc {
  childReference: string;
  identity: ImportedIdentity;
  records: Partial<Record<Ssda903File, ImportedRecord[]>>;
  source: SourcePlace;
  /** The DOB every row must agree with: the header's, else the first row's to give one. */
  dob: { iso: string; text: string; at: SourcePlace } | null;
  sex: { code: '0' | '1' | '2'; text: string; at: SourcePlace } | null;
}

export function readSsda903(files: readonly { name: string; text: string }[], options: ReadSsda903Options = {}): ImportBatch {
  const rejected: Rejection[] = [];
  const tables = new Map<Ssda903File, Row[]>();
  const firstFile = new Map<Ssda903File, string>();
  let rowCount = 0;
  for (const { name, text } of files) {
    const read = readFile(name, text, rejected);
    if (!read) continue;
    const earlier = firstFile.get(read.kind);
    if (earlier !== undefined) {
      rejected.push({ file: name, line: 1, field: null, reason: `a second SSDA903 ${read.kind} file: ${earlier} is that file already; give one of each` });
      continue;
    }
    rowCount += read.count;
    firstFile.set(read.kind, name);
    tables.set(read.kind, read.rows);
  }

  const children = new Map<string, ChildAcc>();
  const childOf = (row: Row): ChildAcc => {
    let acc = children.get(row.child);
    if (!acc) children.set(row.child, (acc = { childReference: row.child, identity: {}, records: {}, source: { file: row.file, line: row.line }, dob: null, sex: null }));
    return acc;
  };
  const refuse = (row: Row, field: string | null, reason: string): void => {
    row.refused.add(field ?? '*');
    rejected.push({ file: row.file, line: row.line, field, reason });
  };
  const add = (acc: ChildAcc, kind: Ssda903File, record: ImportedRecord): void => void (acc.records[kind] ??= []).push(record);

  // Identity first: the header gives each child's DOB and SEX, which every other row must agree with (the
  // first row to give them, when the child has no header row). Only a row with nothing refused sets them.
  const headerLine = new Map<string, number>();
  for (const kind of SSDA903_FILES) {
    for (const row of tables.get(kind) ?? []) {
      if (row.child === '') continue;
      if (kind === 'header') {
        const before = headerLine.get(row.child);
        if (before !== undefined) refuse(row, 'CHILD', `CHILD ${row.child} already has a header row (line ${before}): one row per child`);
        else headerLine.set(row.child, row.line);
      }
      const acc = children.get(row.child);
      // Episodes carry no DOB or SEX.
      const dob = acc?.dob;
      if (dob && usable(row, 'DOB') && dob.iso !== row.date.DOB) {
        refuse(row, 'DOB', `DOB ${row.value.DOB} differs from ${dob.text} given for CHILD ${row.child} in ${dob.at.file} line ${dob.at.line}`);
      }
      const sex = acc?.sex;
      if (sex && usable(row, 'SEX') && sex.code !== lanternSex(row.value.SEX!)) {
        refuse(row, 'SEX', `SEX ${row.value.SEX} differs from ${sex.text} given for CHILD ${row.child} in ${sex.at.file} line ${sex.at.line}`);
      }
      if (!ok(row)) continue;
      const child = childOf(row);
      if (row.date.DOB) child.dob ??= { iso: row.date.DOB, text: row.value.DOB!, at: { file: row.file, line: row.line } };
      if (row.value.SEX !== undefined) child.sex ??= { code: lanternSex(row.value.SEX), text: row.value.SEX, at: { file: row.file, line: row.line } };
    }
  }

  // The collection year: given, or the one holding the latest DECOM (no episode begins after the year,
  // rule 354); without episodes, the latest missing episode or review.
  const rowsOf = (kind: Ssda903File): Row[] => tables.get(kind) ?? [];
  const latestOf = (kind: Ssda903File, column: string): string | undefined => rowsOf(kind).filter((r) => usable(r, column)).map((r) => r.date[column]!).sort().at(-1);
  const latest = latestOf('episodes', 'DECOM') ?? latestOf('missing', 'MIS_START') ?? latestOf('reviews', 'REVIEW');
  const collectionYear = options.collectionYear ?? (latest ? collectionYearOf(latest) : null);
  const yearStart = collectionYear === null ? null : `${collectionYear - 1}-04-01`;
  const yearEnd = collectionYear === null ? null : `${collectionYear}-03-31`;
  // Nothing in a return happens after its year ends (rules 354, 385, 570, 571; a review too).
  const AFTER_THE_YEAR: Partial<Record<Ssda903File, string[]>> = { episodes: ['DECOM', 'DEC'], reviews: ['REVIEW'], missing: ['MIS_START', 'MIS_END'] };
  if (yearEnd !== null) {
    for (const [kind, columns] of Object.entries(AFTER_THE_YEAR) as [Ssda903File, string[]][]) {
      for (const row of rowsOf(kind)) {
        const late = columns.find((c) => usable(row, c) && row.date[c] && row.date[c]! > yearEnd);
        if (late) refuse(row, late, `${late} ${row.value[late]} is after the end of the collection year (31/03/${collectionYear})`);
      }
    }
  }
  // The rows that give records, each known to agree with the child's identity.
  const good = (kind: Ssda903File): Row[] => rowsOf(kind).filter(ok);

  for (const row of good('header')) {
    const identity = childOf(row).identity;
    identity.dateOfBirth = row.date.DOB!;
    identity.sex = lanternSex(row.value.SEX!);
    identity.ethnicity = row.value.ETHNIC!;
    // UN1 to UN5 say why there is no UPN: the file holds none, so a UPN already held is kept.
    if (UPN_PATTERN.test(row.value.UPN!)) identity.upn = row.value.UPN!.toUpperCase();
  }
  for (const row of good('uasc')) childOf(row).identity.unaccompaniedAsylumSeeking = true;
  // A child with no header row: every other file gives the DOB too (the same in each, checked above).
  for (const acc of children.values()) if (acc.identity.dateOfBirth === undefined && acc.dob) acc.identity.dateOfBirth = acc.dob.iso;

  // A child's episodes are read together: a refused row refuses the rest (read-episodes.ts).
  const episodesBy = new Map<string, { rows: EpisodeRow[]; refused: number[] }>();
  for (const row of rowsOf('episodes')) {
    const entry = episodesBy.get(row.child) ?? { rows: [], refused: [] };
    episodesBy.set(row.child, entry);
    if (!ok(row)) {
      entry.refused.push(row.line);
      continue;
    }
    const v = row.value;
    entry.rows.push({
      line: row.line, decom: row.date.DECOM!, rne: v.RNE!, ls: v.LS!, cin: v.CIN!, place: v.PLACE!, provider: v.PLACE_PROVIDER!,
      dec: row.date.DEC ?? null, rec: v.REC!, reasonPlaceChange: v.REASON_PLACE_CHANGE!, plPost: v.PL_POST ? postcode(v.PL_POST) : '',
    });
  }
  const episodesFile = firstFile.get('episodes') ?? '';
  for (const [child, { rows, refused }] of episodesBy) {
    if (child === '' || !rows.length) continue;
    const read = readChildEpisodes(episodesFile, rows, refused);
    rejected.push(...read.rejected);
    for (const record of read.records) add(children.get(child)!, 'episodes', record);
  }

  for (const row of good('reviews')) {
    const date = row.date.REVIEW!;
    add(childOf(row), 'reviews', { recordType: 'claReviews', match: { date }, fields: { date, participationCode: row.value.REVIEW_CODE }, source: { file: row.file, line: row.line } });
  }

  for (const row of rowsOf('missing')) {
    if (usable(row, 'MIS_START') && usable(row, 'MIS_END') && row.date.MIS_END && row.date.MIS_END < row.date.MIS_START!) {
      refuse(row, 'MIS_END', `MIS_END ${row.value.MIS_END} is before MIS_START ${row.value.MIS_START}`);
    }
  }
  // The 903 gives the day only. A stored episode is the one begun that day in England (the child's first
  // that day, then the second…, in the order of the file), keeping the time it holds; its return is
  // written only when it is on another day (ImportedRecord.matchWithin, dayOnly). A new one begins at
  // midday UK time, standing for "that day" (a date-time without an offset is UK local time), far enough
  // from midnight to stay the same day wherever it is read; a child's second episode begun the same day is
  // a minute later, so each keeps its own time. The return counts children missing from care, so fromCare.
  const sameDay = new Map<string, number>();
  const atNoon = (day: string, nth = 0): string => `${day}T12:${String(nth).padStart(2, '0')}`;
  for (const row of good('missing')) {
    const start = row.date.MIS_START!;
    const end = row.date.MIS_END;
    const nth = sameDay.get(`${row.child} ${start}`) ?? 0;
    sameDay.set(`${row.child} ${start}`, nth + 1);
    const startAt = atNoon(start, Math.min(nth, 59));
    add(childOf(row), 'missing', {
      recordType: 'missingEpisodes', match: {}, matchWithin: { field: 'startAt', from: start, to: start, nth }, dayOnly: ['startAt', 'returnedAt'],
      fields: { startAt, ...(end ? { returnedAt: end === start ? startAt : atNoon(end) } : {}), type: row.value.MISSING === 'A' ? 'away' : 'missing', fromCare: true },
      source: { file: row.file, line: row.line },
    });
  }

  // OC2 and OC3 describe the child at the end of the collection year: without the year they cannot be dated.
  const needYear = (row: Row): boolean => {
    if (collectionYear !== null) return true;
    refuse(row, null, 'the collection year is not known (no episode, review or missing episode to tell it): give the year to read OC2 and OC3 rows');
    return false;
  };

  for (const row of good('oc2')) {
    if (!needYear(row)) continue;
    const v = row.value;
    const source = { file: row.file, line: row.line };
    // OC2 says what happened in the year, not on which day: each is the child's latest record of its kind
    // in the collection year (matchWithin), its day kept and only what OC2 holds written. A child with none
    // in the year gets one dated the first day of the year (a child in OC2 was looked after on it), the
    // earliest it can have been, so a clock counting from it never shows the next one due later than it is.
    const inYear = { field: 'date', from: yearStart!, to: yearEnd! };
    const dated = { date: yearStart! };
    const acc = childOf(row);
    if (v.SDQ_SCORE !== '') add(acc, 'oc2', { recordType: 'healthChecks', match: { kind: 'sdq' }, matchWithin: inYear, fields: { kind: 'sdq', sdqScore: Number(v.SDQ_SCORE) }, defaults: dated, source });
    // Immunisations up to date at 31 March: at the latest check, which may be before the year (as the
    // export reads it); one in the year is updated, an earlier one saying so already stands for it.
    if (v.IMMUNISATIONS === '1') add(acc, 'oc2', { recordType: 'healthChecks', match: { kind: 'immunisations' }, matchWithin: { ...inYear, orEarlierIfSame: true }, fields: { kind: 'immunisations', upToDate: true }, defaults: dated, source });
    if (v.TEETH_CHECK === '1') add(acc, 'oc2', { recordType: 'healthChecks', match: { kind: 'dental' }, matchWithin: inYear, fields: { kind: 'dental' }, defaults: dated, source });
    // Whether it was the initial assessment or a review is not in the file: a review (an OC2 child has been looked after a year).
    if (v.HEALTH_ASSESSMENT === '1') add(acc, 'oc2', { recordType: 'healthAssessments', match: {}, matchWithin: inYear, fields: {}, defaults: { ...dated, kind: 'review' }, source });
  }

  for (const row of good('oc3')) {
    if (!needYear(row)) continue;
    const dob = row.date.DOB!;
    add(childOf(row), 'oc3', {
      recordType: 'careLeaver', match: {},
      fields: { inTouchCode: row.value.IN_TOUCH, activityCode: row.value.ACTIV, accommodationCode: row.value.ACCOM },
      // OC3 is for relevant (16 or 17, left care) and former relevant (18 to 21) young people (rules 1007,
      // 1016): which one is their age on 31 March. When they became eligible is not in the file: the 16th
      // birthday, the earliest it can have been (Children (Leaving Care) Act 2000).
      defaults: { eligibility: birthday(dob, 18) <= yearEnd! ? 'former_relevant' : 'relevant', eligibleFrom: birthday(dob, 16) },
      source: { file: row.file, line: row.line },
    });
  }

  // AD1 DATE_INT and placed_for_adoption DATE_PLACED are both the decision that the child should be placed
  // for adoption (rule 523: the same date); Lantern holds one decision per child (adoption.decisionDate).
  // The first row to give it (AD1 first) is the one the others must agree with.
  const decided = new Map<string, { iso: string; text: string; at: SourcePlace }>();
  const decide = (row: Row, column: string): void => {
    if (!usable(row, column) || !row.date[column]) return;
    const held = decided.get(row.child);
    if (held && held.iso !== row.date[column]) {
      refuse(row, column, `${column} ${row.value[column]} differs from the decision to place for adoption of ${held.text} in ${held.at.file} line ${held.at.line}: Lantern holds one decision per child (rule 523)`);
    }
    if (!held && ok(row)) decided.set(row.child, { iso: row.date[column]!, text: row.value[column]!, at: { file: row.file, line: row.line } });
  };
  for (const row of rowsOf('ad1')) {
    decide(row, 'DATE_INT');
    if (!ok(row)) continue;
    // A blank date sets nothing (read-columns.ts says why a blank is taken).
    const fields = { ...(row.date.DATE_INT ? { decisionDate: row.date.DATE_INT } : {}), ...(row.date.DATE_MATCH ? { matchedDate: row.date.DATE_MATCH } : {}) };
    if (Object.keys(fields).length) add(childOf(row), 'ad1', { recordType: 'adoption', match: {}, fields, source: { file: row.file, line: row.line } });
  }
  for (const row of rowsOf('placed_for_adoption')) {
    const ceased = row.date.DATE_PLACED_CEASED;
    const reason = row.value.REASON_PLACED_CEASED;
    if (usable(row, 'DATE_PLACED_CEASED') && usable(row, 'REASON_PLACED_CEASED') && !ceased !== !reason) {
      refuse(row, ceased ? 'REASON_PLACED_CEASED' : 'DATE_PLACED_CEASED', 'DATE_PLACED_CEASED and REASON_PLACED_CEASED are given together or not at all (rule 119)');
    }
    if (usable(row, 'DATE_PLACED') && usable(row, 'DATE_PLACED_CEASED') && ceased && ceased < row.date.DATE_PLACED!) {
      refuse(row, 'DATE_PLACED_CEASED', `DATE_PLACED_CEASED ${row.value.DATE_PLACED_CEASED} is before DATE_PLACED ${row.value.DATE_PLACED} (rule 522)`);
    }
    decide(row, 'DATE_PLACED');
    if (!ok(row)) continue;
    add(childOf(row), 'placed_for_adoption', {
      recordType: 'adoption', match: {},
      // A blank DATE_PLACED_CEASED: not reversed by the end of the year; a reversal already held is kept.
      fields: { decisionDate: row.date.DATE_PLACED, ...(ceased ? { decisionReversedDate: ceased, decisionReversedReason: reason } : {}) },
      source: { file: row.file, line: row.line },
    });
  }
  // previous_permanence and sw_episodes are checked and not kept (docs/returns.md): Lantern works out
  // previous permanence from earlier periods of care, and its allocations name its own staff, not SW_ID.

  // A child whose every row was refused is not in the batch (the rejections say why).
  const out: ImportedChild[] = [...children.values()].filter((acc) => Object.keys(acc.identity).length > 0 || Object.keys(acc.records).length > 0).map((acc) => ({
    childReference: acc.childReference,
    identity: acc.identity,
    records: RECORD_ORDER.flatMap((kind) => acc.records[kind] ?? []),
    source: acc.source,
  }));
  rejected.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  // Each refusal names the child of its row, so an import that leaves refused children out knows whom.
  const childAt = new Map<string, string>();
  for (const rows of tables.values()) for (const row of rows) if (row.child) childAt.set(`${row.file}\u0000${row.line}`, row.child);
  const named = rejected.map((r) => {
    const childReference = childAt.get(`${r.file}\u0000${r.line}`);
    return childReference ? { ...r, childReference } : r;
  });
  return { format: 'ssda903', collectionYear, rows: rowCount, children: out, rejected: named };
}

