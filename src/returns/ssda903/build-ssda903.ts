// The SSDA903 return (children looked after, DfE) for a collection year, 1 April to 31 March, as the
// set of CSV files DfE's COLLECT takes. Pure: the collection year and each child's identity, addresses,
// allocations and journey in; rows per file out (and the CSV text, csv.ts).
//
// The spec is the 903 schema, ../shared/standards/ssda903/schema-yml (2017 base, 2019..2026 diffs): each
// file's columns (columns.ts), which may be blank, and the codes. Rule codes cited are DfE's validation
// rules, ../shared/standards/rule-catalogues/903_2026_27_rule_info.csv. As at 31 March: anything dated
// after the end of the year has not happened yet (an episode ending after it is returned open).
//
// Who is in which file:
// - episodes: every episode open at some point in the year, for every child looked after at any time in it.
// - header: one row per child in any file (a care leaver in OC3 only is in the header too).
// - uasc: looked-after children who are unaccompanied asylum-seeking children.
// - reviews, missing: looked-after reviews and missing or away episodes in the year while looked after.
// - oc2: children looked after continuously for 12 months at 31 March (not on short breaks, V3/V4).
// - oc3: care leavers (relevant or former relevant) whose 17th to 21st birthday falls in the year and
//   who were not looked after on it (rules 1007, 1016).
// - ad1: children adopted in the year (their care ended E11 or E12).
// - placed_for_adoption: looked-after children with a decision that they should be placed for adoption.
// - previous_permanence: each period of care that began in the year (SSD ssd_cla_previous_permanence:
//   "completed for all children who start to be looked-after").
// - sw_episodes: the social workers allocated while the child was looked after in the year.
// Every blank where DfE wants a value is a field Lantern does not hold; docs/returns.md lists them.
import type { Journey } from '../../practice/journey/journey.ts';
import { ageInYears } from '../../practice/identity/age.ts';
import { englandDateOf } from '../../practice/clocks/instant.ts';
import { censusEthnicity, censusSex } from '../cin-census/cin-census-codes.ts';
import { toCsv } from '../csv.ts';
import { SSDA903_COLUMNS, SSDA903_FILES, dmy, type Ssda903File, type Ssda903Row } from './columns.ts';
import { byEnd, childEpisodes, episodeInYear, postcode, type Episode, type Year } from './episodes.ts';

/** The fields of a child's row (store `child`, synth ChildRow) and its side tables the return needs. */
export interface Ssda903Identity {
  /** The LA's own reference (child.child_reference): CHILD. */
  childReference: string;
  dateOfBirth: string | null;
  /** SSD ssd003: '0' not yet born, '1' male, '2' female, '9' indeterminate. */
  sex: string;
  ethnicity: string;
  upn: string | null;
  uasc: boolean;
  /** The child's addresses over time (child_address), for HOME_POST. */
  addresses?: readonly { postcode: string; startDate: string; endDate?: string | null }[];
  /** Who held the case and why each allocation ended (allocation), for sw_episodes. */
  allocations?: readonly { workerId: string; startDate: string; endDate?: string | null; endReason?: string | null }[];
}

export interface Ssda903Input {
  /** The LA's DfE code: LA_PERM when an earlier permanence order was this LA's. */
  la: { dfeCode: string };
  /** The collection year, 1 April to 31 March (YYYY-MM-DD). */
  collection: Year;
  children: readonly { identity: Ssda903Identity; journey: Journey }[];
}

export type Ssda903Files = { [F in Ssda903File]: Ssda903Row<F>[] };

/** The CSV text of each file, header row first. */
export function ssda903Csv(files: Ssda903Files): Record<Ssda903File, string> {
  const out = {} as Record<Ssda903File, string>;
  for (const name of SSDA903_FILES) {
    const columns: readonly string[] = SSDA903_COLUMNS[name];
    const rows = (files[name] as Record<string, string>[]).map((row) => columns.map((c) => row[c] ?? ''));
    out[name] = toCsv(columns, rows);
  }
  return out;
}

/** The collection year (1 April to 31 March) ending on or containing `day`: --as-at 2025-03-31 is 2024/25, year 2025. */
export function collectionYearOf(day: string): number {
  const year = Number(day.slice(0, 4));
  return day.slice(5) > '03-31' ? year + 1 : year;
}

/** XSD/903 UPN: a letter, 11 digits, and a digit or letter (rule 168); else an unknown code. */
const UPN = /^[A-Za-z]\d{11}(\d|[A-Za-z])$/;

/**
 * UPN unknown codes the 903 accepts (rule 168: UN1 to UN5). UN1 (not of school age, rule 209: not for a
 * child of school age, taken as 6 or over on 31 March); UN2 (never attended a maintained school in England,
 * "for example, some UASC", SSD upn_unknown.yml); else UN4 (UPN not yet known at the time of the return).
 */
function upnOrUnknown(identity: Ssda903Identity, referenceDate: string): string {
  if (identity.upn && UPN.test(identity.upn)) return identity.upn.toUpperCase();
  const age = identity.dateOfBirth ? ageInYears(identity.dateOfBirth, referenceDate) : null;
  if (age === null || age < 6) return 'UN1';
  return identity.uasc ? 'UN2' : 'UN4';
}

/** 903 SEX since the 2025 schema: M, F or U (SSDA903_schema_2025.diff.yml), from the SSD codes. */
const sexCode = (sex: string): string => censusSex(sex, false);

/** The day a young person turns `years`. */
const birthday = (dateOfBirth: string, years: number): string => {
  const day = `${Number(dateOfBirth.slice(0, 4)) + years}${dateOfBirth.slice(4)}`;
  // 29 February in a year without one: the birthday is 1 March (Family Law Reform Act 1969 s9 reckons age by the date).
  return day.endsWith('-02-29') && !isLeap(Number(day.slice(0, 4))) ? `${day.slice(0, 4)}-03-01` : day;
};
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

const inYear = (day: string | null | undefined, year: Year): day is string => !!day && day >= year.start && day <= year.end;

/** Looked after on `day`: some period of care covers it (as at the end of the year). */
function lookedAfterOn(journey: Journey, day: string, end: string): boolean {
  return (journey.periodsOfCare ?? []).some((p) => p.startDate <= day && (byEnd(p.endDate, end) === null || byEnd(p.endDate, end)! >= day));
}

/**
 * SW_REASON from Lantern's free-text reason an allocation ended (allocate-child.ts asks for one). The
 * codes and their meaning are SSD ssd_involvements.yml's; a reason matching none of them is OTHERS.
 */
function socialWorkerChangeReason(reason: string | null | undefined): string {
  if (!reason) return 'OTHERS';
  const r = reason.toLowerCase();
  if (/died/.test(r)) return 'SWDIED';
  if (/left|leaving|resign/.test(r)) return 'LEFTRL';
  if (/restructur/.test(r)) return 'ORGRST';
  if (/transfer/.test(r)) return 'TSPROC';
  if (/leave|absen|sick|maternity/.test(r)) return 'ABSENC';
  if (/caseload|rebalanc|workload/.test(r)) return 'MANAGE';
  if (/child (asked|request)/.test(r)) return 'CHCHAN';
  if (/(parent|carer) (asked|request)/.test(r)) return 'PCCHAN';
  return 'OTHERS';
}

/**
 * REASON_PLACED_CEASED from the recorded reason the adoption decision was reversed (the codes of SSD
 * ssd_permanence.yml; its data map reads free text the same way): RD1 the child's needs changed, RD2 the
 * court did not make a placement order, RD3 prospective adopters could not be found, RD4 any other reason.
 */
function placedCeasedReason(reason: string | null | undefined): string {
  const r = (reason ?? '').toLowerCase();
  const code = /\brd[1-4]\b/.exec(r)?.[0];
  if (code) return code.toUpperCase();
  if (/need/.test(r)) return 'RD1';
  if (/placement order|court/.test(r)) return 'RD2';
  if (/adopter/.test(r)) return 'RD3';
  return 'RD4';
}

/** Placed for adoption with the child's current foster carer(s): A3 (consent) or A5 (placement order). */
const WITH_FOSTER_CARERS = new Set(['A3', 'A5']);

/** Care ended by an adoption order (REC E11, E12). */
const ADOPTED = new Set(['E11', 'E12']);

/** PREV_PERM from how an earlier period of care in this LA ended: adoption P1, SGO P2, CAO P3 (SSD ssd_cla_previous_permanence.yml). */
const PERMANENCE_BY_REC: Record<string, string> = { E11: 'P1', E12: 'P1', E45: 'P2', E46: 'P2', E47: 'P2', E48: 'P2', E41: 'P3' };

const INTEGER = (n: number): string => String(Math.trunc(n));

export function buildSsda903(input: Ssda903Input): Ssda903Files {
  const year = input.collection;
  const files: Ssda903Files = {
    header: [], episodes: [], uasc: [], reviews: [], missing: [], oc2: [], oc3: [], ad1: [], placed_for_adoption: [], previous_permanence: [], sw_episodes: [],
  };
  const ordered = [...input.children].sort((a, b) => (a.identity.childReference < b.identity.childReference ? -1 : a.identity.childReference > b.identity.childReference ? 1 : 0));

  for (const { identity, journey } of ordered) {
    if (identity.dateOfBirth === null) continue; // An unborn child cannot be looked after.
    const child = identity.childReference;
    const dob = dmy(identity.dateOfBirth);
    const homePostcodeOn = (day: string): string | null =>
      [...(identity.addresses ?? [])]
        .filter((a) => a.startDate <= day && (a.endDate == null || a.endDate >= day))
        .sort((a, b) => (a.startDate < b.startDate ? -1 : 1))
        .at(-1)?.postcode ?? null;
    const all = childEpisodes(journey, year, homePostcodeOn);
    const episodes = all.filter((e) => episodeInYear(e, year));
    let inReturn = false;

    if (episodes.length) {
      inReturn = true;
      for (const e of episodes) files.episodes.push(episodeRow(child, e));
      const periods = [...new Set(episodes.map((e) => e.period))];
      const lookedAfterInYear = (day: string): boolean => inYear(day, year) && periods.some((p) => {
        const end = byEnd(p.endDate, year.end);
        return p.startDate <= day && (end === null || end >= day);
      });

      if (identity.uasc) {
        // DUC: the day UASC status ceased. Lantern holds the status, not when it ended; an asylum-seeking
        // child stops being one at 18, so the 18th birthday when it falls by the end of the year.
        const eighteen = birthday(identity.dateOfBirth, 18);
        files.uasc.push({ CHILD: child, SEX: sexCode(identity.sex), DOB: dob, DUC: eighteen <= year.end ? dmy(eighteen) : '' });
      }

      for (const review of [...(journey.claReviews ?? [])].sort((a, b) => (a.date < b.date ? -1 : 1))) {
        if (!lookedAfterInYear(review.date)) continue;
        // Rule on PN0: a child under 4 at the review; otherwise the participation recorded.
        const code = review.participationCode ?? (ageInYears(identity.dateOfBirth, review.date) < 4 ? 'PN0' : '');
        files.reviews.push({ CHILD: child, DOB: dob, REVIEW: dmy(review.date), REVIEW_CODE: code });
      }

      const missing = (journey.missingEpisodes ?? [])
        .map((m) => ({ m, at: Date.parse(m.startAt), start: englandDateOf(new Date(m.startAt)), end: m.returnedAt ? byEnd(englandDateOf(new Date(m.returnedAt)), year.end) : null }))
        .filter(({ start, end }) => start <= year.end && (end === null || end >= year.start) && periods.some((p) => p.startDate <= start && (byEnd(p.endDate, year.end) === null || byEnd(p.endDate, year.end)! >= start)))
        // In the order they began, to the minute: two episodes can begin on one day (away in the morning,
        // missing overnight), and rule 574 reads each row against the one before it.
        .sort((a, b) => a.at - b.at);
      for (const { m, start, end } of missing) {
        files.missing.push({ CHILD: child, DOB: dob, MISSING: m.type === 'away' ? 'A' : 'M', MIS_START: dmy(start), MIS_END: dmy(end) });
      }

      const oc2 = outcomesRow(identity, journey, episodes, year);
      if (oc2) files.oc2.push({ CHILD: child, DOB: dob, ...oc2 });

      const lastEpisode = episodes.at(-1)!;
      const adopted = episodes.find((e) => e.dec !== null && inYear(e.dec, year) && ADOPTED.has(e.rec));
      const adoption = journey.adoption ?? null;
      if (adopted) {
        files.ad1.push({
          CHILD: child, DOB: dob,
          DATE_INT: dmy(byEnd(adoption?.decisionDate, year.end)),
          DATE_MATCH: dmy(byEnd(adoption?.matchedDate, year.end)),
          FOSTER_CARE: WITH_FOSTER_CARERS.has(adopted.place) ? '1' : '0',
          // Lantern does not record the adopters: how many, their sex, their legal status (docs/returns.md).
          NB_ADOPTR: '', SEX_ADOPTR: '', LS_ADOPTR: '',
        });
      }
      const decided = byEnd(adoption?.decisionDate, year.end);
      const reversed = byEnd(adoption?.decisionReversedDate, year.end);
      // Rule 559: a decision before this year is returned again while it stands.
      if (decided && (reversed === null || reversed >= year.start)) {
        files.placed_for_adoption.push({
          CHILD: child, DOB: dob, DATE_PLACED: dmy(decided), DATE_PLACED_CEASED: dmy(reversed),
          REASON_PLACED_CEASED: reversed ? placedCeasedReason(adoption?.decisionReversedReason) : '',
        });
      }

      for (const period of periods) {
        if (!inYear(period.startDate, year)) continue;
        // A previous period of care in this LA ending in an order tells us; otherwise P4, not known to Lantern.
        const before = all.filter((e) => e.period !== period && e.dec !== null && e.dec <= period.startDate && PERMANENCE_BY_REC[e.rec]).at(-1);
        files.previous_permanence.push({
          CHILD: child, DOB: dob,
          PREV_PERM: before ? PERMANENCE_BY_REC[before.rec]! : 'P4',
          LA_PERM: before ? input.la.dfeCode : '',
          DATE_PERM: before ? dmy(before.dec) : '',
        });
      }

      // Allocations overlapping the child's time looked after in the year.
      const from = episodes[0]!.decom < year.start ? year.start : episodes[0]!.decom;
      const to = lastEpisode.dec ?? year.end;
      for (const a of [...(identity.allocations ?? [])].sort((x, y) => (x.startDate < y.startDate ? -1 : 1))) {
        const ended = byEnd(a.endDate, year.end);
        if (a.startDate > to || (ended !== null && ended < from)) continue;
        files.sw_episodes.push({
          CHILD: child, DOB: dob,
          // SW_ID is the Social Work England number (SSD prof_social_worker_registration_no); Lantern does not
          // hold it, so XX (rule SW02: SW or XX) and a stable code from the worker's Lantern id.
          SW_ID: `XX${a.workerId.replace(/-/g, '').slice(0, 10).toUpperCase()}`,
          SW_DECOM: dmy(a.startDate),
          SW_DEC: dmy(ended),
          SW_REASON: ended ? socialWorkerChangeReason(a.endReason) : '',
        });
      }
    }

    const leaver = careLeaverRow(identity, journey, year);
    // Rule 1012: a care leaver with no episode this year is returned in OC3 and the header only (as here).
    if (leaver) {
      inReturn = true;
      files.oc3.push({ CHILD: child, DOB: dob, ...leaver });
    }

    if (inReturn) {
      files.header.push({
        CHILD: child, SEX: sexCode(identity.sex), DOB: dob, ETHNIC: censusEthnicity(identity.ethnicity),
        UPN: upnOrUnknown(identity, year.end),
        // Whether a looked-after girl is a mother, and her child's birth date: not held (docs/returns.md).
        MOTHER: '', MC_DOB: '',
      });
    }
  }
  return files;
}

function episodeRow(child: string, e: Episode): Ssda903Row<'episodes'> {
  return {
    CHILD: child,
    DECOM: dmy(e.decom),
    RNE: e.rne,
    LS: e.ls,
    CIN: e.cin,
    PLACE: e.place,
    PLACE_PROVIDER: e.placement?.providerCode ?? '',
    DEC: dmy(e.dec),
    REC: e.rec,
    REASON_PLACE_CHANGE: e.reasonPlaceChange,
    HOME_POST: e.homePostcode,
    PL_POST: postcode(e.placement?.postcode),
    URN: '',
  };
}

/**
 * OC2, for a child looked after continuously for 12 months at 31 March (since 1 April a year before), and
 * not on an agreed series of short breaks (V3, V4) then. Health: an assessment, a dental check in the year,
 * immunisations up to date at the latest check; HEALTH_CHECK (development checks) only under 5. SDQ for
 * children 4 or over on 1 April and under 17 on 31 March (rules 186, 188, 189): the latest score in the year.
 */
function outcomesRow(identity: Ssda903Identity, journey: Journey, episodes: readonly Episode[], year: Year): Omit<Ssda903Row<'oc2'>, 'CHILD' | 'DOB'> | null {
  const last = episodes.at(-1)!;
  if (last.dec !== null || last.period.startDate > year.start || last.ls === 'V3' || last.ls === 'V4') return null;
  const dob = identity.dateOfBirth!;
  const checks = journey.healthChecks ?? [];
  const checkedInYear = (kind: string): boolean => checks.some((c) => c.kind === kind && inYear(c.date, year));
  const assessed = (journey.healthAssessments ?? []).some((h) => inYear(h.date, year));
  const immunisations = checks.filter((c) => c.kind === 'immunisations' && c.date <= year.end).sort((a, b) => (a.date < b.date ? -1 : 1)).at(-1);
  const sdqDue = ageInYears(dob, year.start) >= 4 && ageInYears(dob, year.end) < 17;
  const sdq = checks.filter((c) => c.kind === 'sdq' && inYear(c.date, year) && typeof c.sdqScore === 'number').sort((a, b) => (a.date < b.date ? -1 : 1)).at(-1);
  return {
    SDQ_SCORE: sdqDue && sdq ? INTEGER(sdq.sdqScore!) : '',
    // The reason no SDQ was done (SDQ1..SDQ5) is not held (docs/returns.md).
    SDQ_REASON: '',
    // Convictions and substance misuse are not held (docs/returns.md).
    CONVICTED: '',
    HEALTH_CHECK: ageInYears(dob, year.end) < 5 ? (assessed ? '1' : '0') : '',
    IMMUNISATIONS: immunisations?.upToDate === true ? '1' : '0',
    TEETH_CHECK: checkedInYear('dental') ? '1' : '0',
    HEALTH_ASSESSMENT: assessed ? '1' : '0',
    SUBSTANCE_MISUSE: '',
    INTERVENTION_RECEIVED: '',
    INTERVENTION_OFFERED: '',
  };
}

/**
 * OC3, for a care leaver (relevant or former relevant) whose 17th to 21st birthday falls in the year and who
 * was not looked after on it (rules 1007 and 1016). IN_TOUCH, ACTIV and ACCOM are those recorded around the
 * birthday; when the young person died or went home (DIED, RHOM) activity and accommodation are 0 (rule 344).
 */
function careLeaverRow(identity: Ssda903Identity, journey: Journey, year: Year): Omit<Ssda903Row<'oc3'>, 'CHILD' | 'DOB'> | null {
  const leaver = journey.careLeaver;
  if (!leaver || (leaver.eligibility !== 'relevant' && leaver.eligibility !== 'former_relevant')) return null;
  const dob = identity.dateOfBirth!;
  const day = [17, 18, 19, 20, 21].map((n) => birthday(dob, n)).find((d) => inYear(d, year));
  if (!day || lookedAfterOn(journey, day, year.end)) return null;
  const inTouch = leaver.inTouchCode ?? (leaver.inTouch === true ? 'YES' : leaver.inTouch === false ? 'NO' : '');
  const gone = inTouch === 'DIED' || inTouch === 'RHOM';
  return { IN_TOUCH: inTouch, ACTIV: leaver.activityCode ?? (gone ? '0' : ''), ACCOM: leaver.accommodationCode ?? (gone ? '0' : '') };
}
