// The SSDA903 2025/26 validation rules Lantern checks, over one child's rows of the return
// (returns/ssda903/build-ssda903.ts) as they would be sent as at the day of checking. Codes and messages:
// catalogues/903_2025_26_rule_info.csv. Rules that read one row are rows of four tables (valid dates,
// codes in their sets, dates in order, episodes' length by legal status or placement, ages by code);
// rules that read several rows or files are written out as functions below. Some of these are also
// refused when a worker writes the record (casework/validate-care-and-court.ts cites 143-149, 167, 213,
// 225, 357, 388, 432, 440, 441, 527-531, 550; validate-care-leaver.ts 131-133): here they catch what was
// recorded before those checks, imported, or made wrong by a later change.
import { codesOf } from '../journey/code-sets.ts';
import {
  CATEGORIES_OF_NEED, LEGAL_STATUSES, PLACEMENT_PROVIDERS, PLACEMENT_TYPES, REASONS_EPISODE_CEASED, REASONS_NEW_EPISODE, REASONS_PLACEMENT_CHANGE,
  REVIEW_PARTICIPATION, TEMPORARY_PLACEMENT_TYPES,
} from '../journey/looked-after-codes.ts';
import { ACCOMMODATION, ACTIVITIES, IN_TOUCH } from '../journey/care-leaver-codes.ts';
import { ETHNICITY_LABELS } from '../identity/codes.ts';
import type { Ssda903Files } from '../../returns/ssda903/build-ssda903.ts';
import type { SSDA903_COLUMNS } from '../../returns/ssda903/columns.ts';
import { addDays, ageOn, daysBetween, isoOfDmy, type Hit, type ReturnsRule, type RulesYear } from './rule.ts';

/** One child's rows of each file. */
export type Ssda903Record = Ssda903Files;
type File = keyof Ssda903Files;
/** Any file's row, every column read as text ('' when blank or not in that file). */
type Row = Record<(typeof SSDA903_COLUMNS)[File][number], string>;

const set = (codes: Iterable<string>): ReadonlySet<string> => new Set(codes);

/** What a row of each file is called for a person, and the Lantern record it comes from. */
const ROW_HIT: Partial<Record<File, (r: Row) => Hit>> = {
  header: () => ({ where: 'the child’s details', ref: { kind: 'child' } }),
  uasc: () => ({ where: 'the child’s details (unaccompanied asylum-seeking)', ref: { kind: 'child' } }),
  episodes: (r) => ({ where: `episode starting ${r.DECOM}`, ref: { kind: 'episode', date: isoOfDmy(r.DECOM) } }),
  reviews: (r) => ({ where: `looked after review ${r.REVIEW}`, ref: { kind: 'claReview', date: isoOfDmy(r.REVIEW) } }),
  missing: (r) => ({ where: `missing episode starting ${r.MIS_START}`, ref: { kind: 'missing', date: isoOfDmy(r.MIS_START) } }),
  oc2: () => ({ where: 'outcomes for children looked after 12 months (health checks)', ref: { kind: 'healthCheck' } }),
  oc3: () => ({ where: 'care leaver details', ref: { kind: 'careLeaver' } }),
  ad1: () => ({ where: 'adoption details', ref: { kind: 'adoption' } }),
  placed_for_adoption: () => ({ where: 'decision to place for adoption', ref: { kind: 'adoption' } }),
  sw_episodes: (r) => ({ where: `social worker allocation from ${r.SW_DECOM}`, ref: { kind: 'allocation', date: isoOfDmy(r.SW_DECOM) } }),
};
/** A column by name: '' when the row has no such column. */
const get = (row: Row, field: string): string => (row as Record<string, string | undefined>)[field] ?? '';
const hitOf = (file: File, row: object): Hit => ROW_HIT[file]?.(row as Row) ?? { where: file };

/** A date field, when given, is a real dd/mm/yyyy date. */
export const SSDA903_VALID_DATES: readonly { code: string; file: File; field: string }[] = [
  { code: '102', file: 'header', field: 'DOB' },
  { code: '104', file: 'uasc', field: 'DUC' },
  { code: '112', file: 'ad1', field: 'DATE_INT' },
  { code: '113', file: 'ad1', field: 'DATE_MATCH' },
  { code: '115', file: 'placed_for_adoption', field: 'DATE_PLACED' },
  { code: '116', file: 'placed_for_adoption', field: 'DATE_PLACED_CEASED' },
  { code: '141', file: 'episodes', field: 'DECOM' },
  { code: '147', file: 'episodes', field: 'DEC' },
  { code: '166', file: 'reviews', field: 'REVIEW' },
  { code: '1004', file: 'missing', field: 'MIS_START' },
  { code: '1005', file: 'missing', field: 'MIS_END' },
  { code: 'SW04STG1', file: 'sw_episodes', field: 'SW_DECOM' },
];

/** A code in its 903 code set; `required`: a blank breaks the rule too. */
export const SSDA903_CODES: readonly { code: string; file: File; field: string; codes: ReadonlySet<string>; required: boolean }[] = [
  // The 2025 schema's SEX codes (SSDA903_schema_2025.diff.yml): M, F, U.
  { code: '101', file: 'header', field: 'SEX', codes: set(['M', 'F', 'U']), required: true },
  { code: '103', file: 'header', field: 'ETHNIC', codes: set(Object.keys(ETHNICITY_LABELS)), required: true },
  { code: '120', file: 'placed_for_adoption', field: 'REASON_PLACED_CEASED', codes: set(['RD1', 'RD2', 'RD3', 'RD4']), required: false },
  { code: '131', file: 'oc3', field: 'IN_TOUCH', codes: set(codesOf(IN_TOUCH)), required: true },
  { code: '132', file: 'oc3', field: 'ACTIV', codes: set([...codesOf(ACTIVITIES), '0']), required: false },
  { code: '133', file: 'oc3', field: 'ACCOM', codes: set([...codesOf(ACCOMMODATION), '0']), required: false },
  { code: '143', file: 'episodes', field: 'RNE', codes: set(codesOf(REASONS_NEW_EPISODE)), required: true },
  { code: '144', file: 'episodes', field: 'LS', codes: set(codesOf(LEGAL_STATUSES)), required: true },
  { code: '145', file: 'episodes', field: 'CIN', codes: set(codesOf(CATEGORIES_OF_NEED)), required: true },
  // The 2025 schema withdrew H5 and P2 (the builder returns K3 for them from April 2025).
  { code: '146', file: 'episodes', field: 'PLACE', codes: set(codesOf(PLACEMENT_TYPES).filter((c) => c !== 'H5' && c !== 'P2')), required: true },
  { code: '149', file: 'episodes', field: 'REC', codes: set(codesOf(REASONS_EPISODE_CEASED)), required: false },
  { code: '167', file: 'reviews', field: 'REVIEW_CODE', codes: set(codesOf(REVIEW_PARTICIPATION)), required: true },
  { code: '178', file: 'episodes', field: 'PLACE_PROVIDER', codes: set(codesOf(PLACEMENT_PROVIDERS)), required: false },
  { code: '1006', file: 'missing', field: 'MISSING', codes: set(['M', 'A']), required: true },
  { code: '1009', file: 'episodes', field: 'REASON_PLACE_CHANGE', codes: set(codesOf(REASONS_PLACEMENT_CHANGE)), required: false },
  { code: 'SW13STG1', file: 'sw_episodes', field: 'SW_REASON', codes: set(['MANAGE', 'FCONT', 'LEFTRL', 'ORGRST', 'TSPROC', 'ABSENC', 'SWDIED', 'CHCHAN', 'PCCHAN', 'OTHERS']), required: false },
];

/** Dates in order within a row, when both are real dates (`after`: strictly later). */
export const SSDA903_DATE_ORDER: readonly { code: string; file: File; earlier: string; later: string; relation?: 'after' }[] = [
  { code: '184', file: 'placed_for_adoption', earlier: 'DOB', later: 'DATE_PLACED' },
  { code: '333', file: 'ad1', earlier: 'DATE_INT', later: 'DATE_MATCH' },
  { code: '356', file: 'episodes', earlier: 'DECOM', later: 'DEC' },
  { code: '355', file: 'episodes', earlier: 'DECOM', later: 'DEC', relation: 'after' },
  { code: '522', file: 'placed_for_adoption', earlier: 'DATE_PLACED', later: 'DATE_PLACED_CEASED' },
  { code: '567', file: 'missing', earlier: 'MIS_START', later: 'MIS_END' },
  { code: '586', file: 'missing', earlier: 'DOB', later: 'MIS_START' },
];

/** An episode under this legal status or in this placement may last at most this many days (Children Act 1989). */
export const SSDA903_EPISODE_LENGTH: readonly { code: string; field: 'LS' | 'PLACE'; value: string; maxDays: number }[] = [
  { code: '361', field: 'LS', value: 'L1', maxDays: 3 }, // police protection: 72 hours, s46(6)
  { code: '362', field: 'LS', value: 'L2', maxDays: 21 }, // emergency protection order: 8 days and one extension of 7, s45; DfE allows 21
  { code: '363', field: 'LS', value: 'L3', maxDays: 7 }, // child assessment order: 7 days, s43(5)
  { code: '365', field: 'LS', value: 'V3', maxDays: 17 }, // a single short break
  { code: '376', field: 'PLACE', value: 'T3', maxDays: 21 }, // while the foster carer is on holiday: three weeks
  { code: '379', field: 'PLACE', value: 'T4', maxDays: 7 }, // any other temporary placement: seven days
  { code: '375', field: 'PLACE', value: 'T1', maxDays: 42 }, // hospital: six weeks
];

/** An age limit on a code in an episode: the child's age on the day the episode began (or ended, for REC). */
export const SSDA903_AGE_LIMITS: readonly { code: string; field: 'LS' | 'PLACE' | 'REC' | 'RNE'; values: readonly string[]; on: 'DECOM' | 'DEC'; under?: number; atLeast?: number }[] = [
  { code: '352', field: 'RNE', values: ['S'], on: 'DECOM', atLeast: 18 },
  { code: '358', field: 'LS', values: ['J1', 'J2', 'J3'], on: 'DECOM', under: 10 },
  { code: '372', field: 'PLACE', values: ['R5'], on: 'DECOM', under: 10 },
  { code: '373', field: 'PLACE', values: ['S1'], on: 'DECOM', under: 4 },
  { code: '374', field: 'PLACE', values: ['P3'], on: 'DECOM', under: 14 },
  { code: '371', field: 'PLACE', values: ['K3'], on: 'DECOM', under: 16 },
  { code: '386', field: 'REC', values: ['E11', 'E12'], on: 'DEC', atLeast: 18 },
  { code: '387', field: 'REC', values: ['E5', 'E6'], on: 'DEC', under: 14 },
  { code: '389', field: 'REC', values: ['E7'], on: 'DEC', under: 16 },
  { code: '407', field: 'REC', values: ['E45', 'E46', 'E47', 'E48'], on: 'DEC', atLeast: 18 },
  { code: '460', field: 'REC', values: ['E17'], on: 'DEC', under: 18 },
];

type Check = (r: Ssda903Record, year: RulesYear) => Hit[];
const episodesWhere = (broken: (e: Row, i: number, all: Row[]) => boolean): Check => (r) =>
  (r.episodes as unknown as Row[]).filter((e, i, all) => broken(e, i, all)).map((e) => hitOf('episodes', e));
const TEMPORARY = set(TEMPORARY_PLACEMENT_TYPES);
const dobOf = (r: Ssda903Record): string | null => isoOfDmy(r.header[0]?.DOB);
const iso = isoOfDmy;

/** The rules that read more than one row or file. */
export const SSDA903_FUNCTIONS: Readonly<Record<string, Check>> = {
  // Header.
  '168': (r) => r.header.filter((h) => !/^[A-Za-z]\d{11}[\dA-Za-z]$/.test(h.UPN) && !/^UN[1-5]$/.test(h.UPN)).map((h) => hitOf('header', h)),
  '232': (r) => r.header.filter((h) => h.SEX === 'U').map((h) => hitOf('header', h)),
  '301': (r, y) => r.header.filter((h) => { const d = iso(h.DOB); return d !== null && d > y.end; }).map((h) => hitOf('header', h)),
  '351': (r, y) => r.header.filter((h) => { const d = iso(h.DOB); return d !== null && ageOn(d, y.start) > 25; }).map((h) => hitOf('header', h)),
  '302': (r) => { const dob = dobOf(r); const first = r.episodes[0]; return dob && first && iso(first.DECOM) !== null && iso(first.DECOM)! < dob ? [hitOf('episodes', first)] : []; },
  // The first episode returned, begun after 1 April, starts a period of care (an episode beginning on 1 April
  // may continue one from last year: the builder leaves out an episode ending X1 that day).
  // Episodes, in order: each ends before or when the next starts (142, 501); a continuation begins the day
  // the last ended (433) and follows X1 (432); S follows an end of care (431); X1 has a next episode (388).
  '142': episodesWhere((e, i, all) => i < all.length - 1 && e.DEC === ''),
  '501': episodesWhere((e, i, all) => i > 0 && iso(all[i - 1]!.DEC) !== null && iso(e.DECOM)! < iso(all[i - 1]!.DEC)!),
  '148': episodesWhere((e) => (e.DEC === '') !== (e.REC === '')),
  '357': (r, y) => {
    const first = r.episodes[0];
    return first && iso(first.DECOM)! > y.start && first.RNE !== 'S' ? [hitOf('episodes', first)] : [];
  },
  '431': episodesWhere((e, i, all) => i > 0 && e.RNE === 'S' && all[i - 1]!.DEC !== '' && all[i - 1]!.DEC === e.DECOM && all[i - 1]!.REC === 'X1'),
  '432': episodesWhere((e, i, all) => i > 0 && e.RNE !== 'S' && all[i - 1]!.REC !== '' && all[i - 1]!.REC !== 'X1'),
  '433': episodesWhere((e, i, all) => i > 0 && ['L', 'P', 'T', 'B', 'U'].includes(e.RNE) && all[i - 1]!.DEC !== e.DECOM),
  '388': episodesWhere((e, i, all) => e.REC === 'X1' && (i === all.length - 1 || all[i + 1]!.DECOM !== e.DEC)),
  '437': episodesWhere((e, i, all) => ['E2', 'E15'].includes(e.REC) && i < all.length - 1),
  // What changed between episodes: L the legal status only (434), P or T the placement only (435), B or U both (436).
  '434': episodesWhere((e, i, all) => i > 0 && e.RNE === 'L' && (e.LS === all[i - 1]!.LS || e.PLACE !== all[i - 1]!.PLACE)),
  '435': episodesWhere((e, i, all) => i > 0 && ['P', 'T'].includes(e.RNE) && e.LS !== all[i - 1]!.LS),
  '436': episodesWhere((e, i, all) => i > 0 && ['B', 'U'].includes(e.RNE) && e.LS === all[i - 1]!.LS),
  '354': (r, y) => r.episodes.filter((e) => { const d = iso(e.DEC); return d !== null && d > y.end; }).map((e) => hitOf('episodes', e)),
  '353': episodesWhere((e) => { const d = iso(e.DECOM); return d !== null && d < '1991-10-14'; }),
  '446': episodesWhere((e) => { const d = iso(e.DECOM); return e.LS === 'E1' && d !== null && d < '2005-12-30'; }),
  // Placement providers: none for a temporary placement (213), one otherwise (526), and the provider
  // able to offer the placement (527-531, 550).
  '213': episodesWhere((e) => TEMPORARY.has(e.PLACE) && e.PLACE_PROVIDER !== ''),
  // Temporary (T0-T4) and other (Z1) placements have no provider (ssd_cla_placement.yml).
  '526': episodesWhere((e) => !TEMPORARY.has(e.PLACE) && e.PLACE !== 'Z1' && e.PLACE !== '' && !['V3', 'V4'].includes(e.LS) && e.PLACE_PROVIDER === ''),
  '527': episodesWhere((e) => e.PLACE_PROVIDER === 'PR1' && ['P1', 'R2', 'R5'].includes(e.PLACE)),
  '528': episodesWhere((e) => e.PLACE_PROVIDER === 'PR2' && ['P1', 'R2', 'R5'].includes(e.PLACE)),
  '529': episodesWhere((e) => e.PLACE_PROVIDER === 'PR3' && ['P1', 'A3', 'A4', 'A5', 'A6', 'K1', 'K2', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6'].includes(e.PLACE)),
  '530': episodesWhere((e) => e.PLACE_PROVIDER === 'PR4' && e.PLACE === 'P1'),
  '531': episodesWhere((e) => e.PLACE_PROVIDER === 'PR5' && e.PLACE === 'P1'),
  '550': episodesWhere((e) => e.PLACE_PROVIDER === 'PR0' && e.PLACE !== 'P1'),
  // The reason a placement changed: when an episode ends in a move to a new placement (225), not for a
  // temporary one (226), nor on an episode still open (233).
  '225': episodesWhere((e, i, all) => e.REC === 'X1' && i < all.length - 1 && ['P', 'B', 'T', 'U'].includes(all[i + 1]!.RNE) && !TEMPORARY.has(e.PLACE) && e.REASON_PLACE_CHANGE === ''),
  '226': episodesWhere((e) => TEMPORARY.has(e.PLACE) && e.REASON_PLACE_CHANGE !== ''),
  '233': episodesWhere((e) => e.DEC === '' && e.REASON_PLACE_CHANGE !== ''),
  // Temporary placements: not the first of a period of care (380) nor the last (381).
  '380': episodesWhere((e) => e.RNE === 'S' && TEMPORARY.has(e.PLACE)),
  '381': episodesWhere((e) => e.REC !== '' && e.REC !== 'X1' && TEMPORARY.has(e.PLACE)),
  '378': episodesWhere((e) => e.PLACE === 'P1' && e.LS === 'V2'),
  '217': episodesWhere((e) => ['A3', 'A5'].includes(e.PLACE) && !['S', 'T', 'U'].includes(e.RNE)),
  // Reviews: PN0 for a child under 4 at the review (440) and only for them (441).
  '440': (r) => { const dob = dobOf(r); return r.reviews.filter((v) => dob && iso(v.REVIEW) && v.REVIEW_CODE !== 'PN0' && ageOn(dob, iso(v.REVIEW)!) < 4).map((v) => hitOf('reviews', v)); },
  '441': (r) => { const dob = dobOf(r); return r.reviews.filter((v) => dob && iso(v.REVIEW) && v.REVIEW_CODE === 'PN0' && ageOn(dob, iso(v.REVIEW)!) >= 4).map((v) => hitOf('reviews', v)); },
  // Missing: within the year (570, 571), not before care began (581) nor after it ended (578), ended
  // when care ended (577); a new episode does not start while one is open (574).
  '570': (r, y) => r.missing.filter((m) => { const d = iso(m.MIS_START); return d !== null && d > y.end; }).map((m) => hitOf('missing', m)),
  '571': (r, y) => r.missing.filter((m) => { const d = iso(m.MIS_END); return d !== null && (d < y.start || d > y.end); }).map((m) => hitOf('missing', m)),
  '574': (r) => r.missing.filter((m, i, all) => i > 0 && (all[i - 1]!.MIS_END === '' || iso(all[i - 1]!.MIS_END)! > iso(m.MIS_START)!)).map((m) => hitOf('missing', m)),
  '577': (r) => {
    const last = r.episodes.at(-1);
    return last && last.DEC !== '' && last.REC !== 'X1' ? r.missing.filter((m) => m.MIS_END === '').map((m) => hitOf('missing', m)) : [];
  },
  '578': (r) => {
    const last = r.episodes.at(-1);
    const ceased = last && last.REC !== 'X1' ? iso(last.DEC) : null;
    return ceased ? r.missing.filter((m) => iso(m.MIS_START)! > ceased).map((m) => hitOf('missing', m)) : [];
  },
  '581': (r) => {
    const first = r.episodes[0] ? iso(r.episodes[0].DECOM) : null;
    return first ? r.missing.filter((m) => iso(m.MIS_START) !== null && iso(m.MIS_START)! < first).map((m) => hitOf('missing', m)) : [];
  },
  // Care leavers: activity and accommodation both or neither (153); 0 only for one who died or went
  // home (344) and not for one in touch (345).
  '153': (r) => r.oc3.filter((o) => (o.ACTIV === '') !== (o.ACCOM === '')).map((o) => hitOf('oc3', o)),
  '344': (r) => r.oc3.filter((o) => ['DIED', 'RHOM'].includes(o.IN_TOUCH) && ((o.ACTIV !== '' && o.ACTIV !== '0') || (o.ACCOM !== '' && o.ACCOM !== '0'))).map((o) => hitOf('oc3', o)),
  '345': (r) => r.oc3.filter((o) => o.IN_TOUCH === 'YES' && (o.ACTIV === '0' || o.ACCOM === '0')).map((o) => hitOf('oc3', o)),
  // UASC status ends by the 18th birthday.
  '304': (r) => r.uasc.filter((u) => { const d = iso(u.DUC); const dob = iso(u.DOB); return d !== null && dob !== null && ageOn(dob, addDays(d, -1)) >= 18; }).map((u) => hitOf('uasc', u)),
  // The decision to place for adoption: reversed with a reason (119), and not before care began (1003).
  '119': (r) => r.placed_for_adoption.filter((p) => (p.DATE_PLACED_CEASED === '') !== (p.REASON_PLACED_CEASED === '')).map((p) => hitOf('placed_for_adoption', p)),
  '1003': (r) => {
    const started = r.episodes.filter((e) => e.RNE === 'S').map((e) => iso(e.DECOM)).filter((d): d is string => d !== null).sort()[0];
    return started ? r.placed_for_adoption.filter((p) => iso(p.DATE_PLACED) !== null && iso(p.DATE_PLACED)! < started).map((p) => hitOf('placed_for_adoption', p)) : [];
  },
  // OC2: SDQ score 0-40 (180); the 0/1 items (181); no SDQ under 4 (188) or 17 and over (189); the
  // under-5 health check only under 5 (546).
  '180': (r) => r.oc2.filter((o) => o.SDQ_SCORE !== '' && !(/^\d+$/.test(o.SDQ_SCORE) && Number(o.SDQ_SCORE) <= 40)).map((o) => hitOf('oc2', o)),
  '181': (r) => r.oc2.filter((o) => (['CONVICTED', 'HEALTH_CHECK', 'IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'] as const)
    .some((f) => o[f] !== '' && o[f] !== '0' && o[f] !== '1')).map((o) => hitOf('oc2', o)),
  '188': (r, y) => r.oc2.filter((o) => { const dob = iso(o.DOB); return dob !== null && ageOn(dob, y.end) < 4 && (o.SDQ_SCORE !== '' || o.SDQ_REASON !== ''); }).map((o) => hitOf('oc2', o)),
  '189': (r, y) => r.oc2.filter((o) => { const dob = iso(o.DOB); return dob !== null && ageOn(dob, y.start) >= 17 && (o.SDQ_SCORE !== '' || o.SDQ_REASON !== ''); }).map((o) => hitOf('oc2', o)),
  '546': (r, y) => r.oc2.filter((o) => { const dob = iso(o.DOB); return dob !== null && ageOn(dob, y.end) >= 5 && o.HEALTH_CHECK !== ''; }).map((o) => hitOf('oc2', o)),
  // Social worker episodes: an SW or XX id (SW02), one ending before the next starts (SW08, SW10).
  'SW02STG1': (r) => r.sw_episodes.filter((s) => !/^(SW|XX)/.test(s.SW_ID)).map((s) => hitOf('sw_episodes', s)),
  'SW08STG2': (r) => r.sw_episodes.filter((s, i, all) => i < all.length - 1 && s.SW_DEC === '').map((s) => hitOf('sw_episodes', s)),
  'SW10STG2': (r) => r.sw_episodes.filter((s, i, all) => i > 0 && all[i - 1]!.SW_DEC !== '' && iso(s.SW_DECOM)! < iso(all[i - 1]!.SW_DEC)!).map((s) => hitOf('sw_episodes', s)),
};

/** Every SSDA903 rule Lantern checks, tables and functions together. */
export const SSDA903_RULES: readonly ReturnsRule<Ssda903Record>[] = [
  ...SSDA903_VALID_DATES.map((t): ReturnsRule<Ssda903Record> => ({
    code: t.code, return: '903',
    check: (r) => (r[t.file] as unknown as Row[]).filter((row) => get(row, t.field) !== '' && iso(get(row, t.field)) === null).map((row) => hitOf(t.file, row)),
  })),
  ...SSDA903_CODES.map((t): ReturnsRule<Ssda903Record> => ({
    code: t.code, return: '903',
    check: (r) => (r[t.file] as unknown as Row[]).filter((row) => (get(row, t.field) ? !t.codes.has(get(row, t.field)) : t.required)).map((row) => hitOf(t.file, row)),
  })),
  ...SSDA903_DATE_ORDER.map((t): ReturnsRule<Ssda903Record> => ({
    code: t.code, return: '903',
    check: (r) => (r[t.file] as unknown as Row[]).filter((row) => {
      const a = iso(get(row, t.earlier));
      const b = iso(get(row, t.later));
      return a !== null && b !== null && (t.relation === 'after' ? b <= a : b < a);
    }).map((row) => hitOf(t.file, row)),
  })),
  ...SSDA903_EPISODE_LENGTH.map((t): ReturnsRule<Ssda903Record> => ({
    code: t.code, return: '903',
    check: (r, y) => r.episodes.filter((e) => {
      const start = iso(e.DECOM);
      const end = iso(e.DEC) ?? y.end;
      return e[t.field] === t.value && start !== null && daysBetween(start, end) > t.maxDays;
    }).map((e) => hitOf('episodes', e)),
  })),
  ...SSDA903_AGE_LIMITS.map((t): ReturnsRule<Ssda903Record> => ({
    code: t.code, return: '903',
    check: (r) => {
      const dob = dobOf(r);
      return dob === null ? [] : r.episodes.filter((e) => {
        const day = iso(e[t.on]);
        if (!t.values.includes(e[t.field]) || day === null) return false;
        const age = ageOn(dob, day);
        return (t.under !== undefined && age < t.under) || (t.atLeast !== undefined && age >= t.atLeast);
      }).map((e) => hitOf('episodes', e));
    },
  })),
  ...Object.entries(SSDA903_FUNCTIONS).map(([code, check]): ReturnsRule<Ssda903Record> => ({ code, return: '903', check })),
];

