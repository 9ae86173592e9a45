// Reading a children in need census XML file (DfE, any year from 2020-21) into an import batch: per
// child, the identity the census holds and the journey records it implies, each with the line it came
// from, and every element refused with its line, element and reason. Pure: text in, batch out; the store
// (src/store/imports) matches children by LAchildID and writes the batch. The mapping is the inverse of
// build-cin-census.ts, so reading Lantern's own census gives back the records it was built from.
//
// Specs: ../shared/standards/cin/xsd/CIN_schema_2021.xsd … CIN_schema_2026.xsd. The years differ in:
// GenderCurrent 0/1/2/9 (to 2023-24) became Sex M/F/U (2024-25 on); CINPlanDates is in every schema from
// 2022; codes were added (referral source 5D, reason for closure RC9, factor 24A). Both sex elements and
// every code are read whatever the year, and yes/no is read as 0/1 or false/true (older files).
// Rule numbers cited are DfE validation rules (../shared/standards/rule-catalogues/cin_2025_26_rule_info.csv).
//
// A <Child> with any problem is refused whole, every problem reported: a child is not half-imported.
// Elements Lantern has nowhere to keep are read past (docs/returns.md "Importing the CIN census" lists
// them): FormerUPN, UPNunknown, PersonDeathDate, AssessmentInternalReviewDate, InitialCPCtarget,
// NumberOfPreviousCPP, a DateOfInitialCPC given directly under CINdetails (Lantern holds a conference only
// as the end of a section 47 enquiry), and elements of no schema (PreProceedingsandFGDM in a test file).
import type { ImportBatch, ImportedChild, ImportedIdentity, ImportedRecord, Rejection } from '../import-batch.ts';
import type { CpPlan } from '../../practice/journey/child-protection.ts';
import { isIsoDate } from '../../practice/calendar/day-number.ts';
import { readXmlElements, XmlReadError, type XmlElement } from '../read-xml.ts';
import { CATEGORY_OF_ABUSE, CENSUS_CODES } from './cin-census-codes.ts';

/** XSD upntype. */
const UPN = /^[A-Za-z]\d{11}(\d|[A-Za-z])$/;

/** What child.child_reference holds (its check in store/migrations/0001): LAchildID becomes it. */
const CHILD_REFERENCE = /^[A-Za-z0-9]{1,20}$/;

/** XSD categoryofabusetype back to Lantern's category (the inverse of CATEGORY_OF_ABUSE). */
const CATEGORY_FROM_CODE = new Map<string, CpPlan['initialCategory']>(Object.entries(CATEGORY_OF_ABUSE).map(([category, code]) => [code, category as CpPlan['initialCategory']]));
const CATEGORY_CODES: ReadonlySet<string> = new Set(CATEGORY_FROM_CODE.keys());

/** Assessment factor "21", no factors identified: only on its own (rule 8869). */
const NO_FACTORS = '21';

/** A record read from the file, and how to name its natural key in the file if a second record repeats it. */
interface Pending {
  record: ImportedRecord;
  /** null for a record whose key repeats another's (a strategy discussion is keyed as its enquiry). */
  key: {
    element: string;
    line: number;
    /** "CINdetails with CINreferralDate 2024-05-01": what a second one would repeat. */
    described: string;
    /** What Lantern keeps one of per key, for the reason. */
    keeps: string;
  } | null;
}

/** The problems found in one <Child>, and the helpers that read its elements, reporting as they go. */
class ChildReader {
  readonly problems: Rejection[] = [];

  constructor(readonly file: string) {}

  add(line: number, field: string | null, reason: string): void {
    this.problems.push({ file: this.file, line, field, reason });
  }

  /** The only `name` element under `parent`, if any (a second one is a problem: the census allows one). */
  one(parent: XmlElement, name: string): XmlElement | undefined {
    const found = parent.children.filter((c) => c.name === name);
    if (found.length > 1) this.add(found[1]!.line, name, `${name} is given ${found.length} times in one ${parent.name}; the census allows one`);
    return found[0];
  }

  all = (parent: XmlElement, name: string): XmlElement[] => parent.children.filter((c) => c.name === name);

  /** The element's text; undefined when it is absent or empty, which is a problem when `required`. */
  text(parent: XmlElement, name: string, required: boolean): { value: string; line: number } | undefined {
    const element = this.one(parent, name);
    if (!element || element.text === '') {
      if (required) this.add(element?.line ?? parent.line, name, `${name} is missing from ${parent.name}; the census requires it`);
      return undefined;
    }
    return { value: element.text, line: element.line };
  }

  date(parent: XmlElement, name: string, required: boolean): string | undefined {
    const t = this.text(parent, name, required);
    if (t === undefined) return undefined;
    if (!isIsoDate(t.value)) {
      this.add(t.line, name, `${name} ${t.value} is not a date (the census writes dates as YYYY-MM-DD, e.g. 2025-03-31)`);
      return undefined;
    }
    return t.value;
  }

  code(parent: XmlElement, name: string, codes: ReadonlySet<string>, what: string, required: boolean): string | undefined {
    const t = this.text(parent, name, required);
    if (t === undefined) return undefined;
    if (!codes.has(t.value)) {
      this.add(t.line, name, `${name} ${t.value} is not a ${what} code of the census`);
      return undefined;
    }
    return t.value;
  }

  /** XSD yesnotype: "0"/"1" (2026), "false"/"true" in older files. */
  yesNo(parent: XmlElement, name: string, required: boolean): boolean | undefined {
    const t = this.text(parent, name, required);
    if (t === undefined) return undefined;
    const value = t.value.toLowerCase();
    if (value === '1' || value === 'true') return true;
    if (value === '0' || value === 'false') return false;
    this.add(t.line, name, `${name} ${t.value} is not yes or no (the census writes 1 or 0; older files true or false)`);
    return undefined;
  }

  /** `later` must be on or after `earlier` (both present); otherwise a problem on `later`'s element. */
  notBefore(line: number, laterName: string, later: string | undefined, earlierName: string, earlier: string | undefined, why: string): boolean {
    if (later === undefined || earlier === undefined || later >= earlier) return true;
    this.add(line, laterName, `${laterName} ${later} is before ${earlierName} ${earlier}: ${why}`);
    return false;
  }

  lineOf(parent: XmlElement, name: string): number {
    return parent.children.find((c) => c.name === name)?.line ?? parent.line;
  }
}

function readIdentity(r: ChildReader, identifiers: XmlElement, characteristics: XmlElement | undefined): ImportedIdentity {
  const identity: ImportedIdentity = {};
  const born = r.date(identifiers, 'PersonBirthDate', false);
  const expected = r.date(identifiers, 'ExpectedPersonBirthDate', false);
  const birthGiven = identifiers.children.some((c) => (c.name === 'PersonBirthDate' || c.name === 'ExpectedPersonBirthDate') && c.text !== '');
  if (!birthGiven) r.add(identifiers.line, 'PersonBirthDate', 'give PersonBirthDate, or ExpectedPersonBirthDate for an unborn child: Lantern needs one of them');
  // A born child has no expected date of birth in Lantern (one date, as rule 8525Q asks): the date of
  // birth is kept and the expected date is not.
  if (born !== undefined) Object.assign(identity, { dateOfBirth: born, expectedDateOfBirth: null });
  else if (expected !== undefined) Object.assign(identity, { dateOfBirth: null, expectedDateOfBirth: expected });

  // Sex (2024-25 on: M, F, U) or GenderCurrent (to 2023-24: 1 male, 2 female, 0 not recorded or unborn,
  // 9 indeterminate). Lantern's codes are GenderCurrent's; U is "not yet born" for an unborn child and
  // "indeterminate" (9) otherwise, as the exporter writes both as U (rule 8750).
  const sexElement = identifiers.children.some((c) => c.name === 'Sex') ? 'Sex' : 'GenderCurrent';
  const sex = r.text(identifiers, sexElement, false);
  if (sex === undefined) r.add(identifiers.line, 'Sex', 'Sex (GenderCurrent before 2024-25) is missing from ChildIdentifiers; the census requires it');
  else {
    const unborn = born === undefined && expected !== undefined;
    const mapped = ({ M: '1', F: '2', U: unborn ? '0' : '9', '0': '0', '1': '1', '2': '2', '9': '9' } as const)[sex.value as 'M'];
    if (mapped === undefined) r.add(sex.line, sexElement, `${sexElement} ${sex.value} is not a sex code of the census (M, F or U; before 2024-25 1, 2, 0 or 9)`);
    else identity.sex = mapped;
  }

  const upn = r.text(identifiers, 'UPN', false);
  if (upn !== undefined && !UPN.test(upn.value)) r.add(upn.line, 'UPN', `UPN ${upn.value} is not a unique pupil number (a letter, 11 digits, then a digit or a letter)`);
  // No UPN in the census means the LA has none for the child (UPNunknown says why; Lantern keeps no reason).
  identity.upn = upn?.value.toUpperCase() ?? null;

  if (!characteristics) {
    r.add(identifiers.line, 'ChildCharacteristics', 'ChildCharacteristics is missing from Child; the census requires it (it holds Ethnicity)');
    return identity;
  }
  const ethnicity = r.code(characteristics, 'Ethnicity', CENSUS_CODES.ethnicity, 'ethnicity', true);
  if (ethnicity !== undefined) identity.ethnicity = ethnicity;
  const disabilities = r.one(characteristics, 'Disabilities');
  if (disabilities) {
    const codes: string[] = [];
    for (const d of r.all(disabilities, 'Disability')) {
      if (!CENSUS_CODES.disability.has(d.text)) r.add(d.line, 'Disability', `Disability ${d.text || '(empty)'} is not a disability code of the census`);
      else if (!codes.includes(d.text)) codes.push(d.text); // each once (rule 8794): a repeat says nothing more
    }
    // Rule 8790: NONE only on its own.
    if (codes.includes('NONE') && codes.length > 1) r.add(disabilities.line, 'Disability', `Disability NONE is given with ${codes.filter((c) => c !== 'NONE').join(', ')}: NONE means the child has no disability`);
    identity.disabilities = codes;
  }
  return identity;
}

/** The records of one CINdetails (a CIN episode) in the order their references need. */
function readEpisode(r: ChildReader, details: XmlElement, file: string, collectionYear: number | null): Pending[] {
  const source = (line: number) => ({ file, line });
  const out: Pending[] = [];
  /** 1 April before the reference date: the census year runs from 1 April to 31 March. */
  const collectionStart = collectionYear === null ? null : `${collectionYear - 1}-04-01`;
  const referralDate = r.date(details, 'CINreferralDate', true);
  const referralSource = r.code(details, 'ReferralSource', CENSUS_CODES.referralSource, 'referral source', true);
  const primaryNeed = r.code(details, 'PrimaryNeedCode', CENSUS_CODES.primaryNeed, 'primary need', false);
  const closeDate = r.date(details, 'CINclosureDate', false);
  const closeReason = r.code(details, 'ReasonForClosure', CENSUS_CODES.closureReason, 'reason for closure', false);
  const nfa = r.yesNo(details, 'ReferralNFA', true);
  r.notBefore(r.lineOf(details, 'CINclosureDate'), 'CINclosureDate', closeDate, 'CINreferralDate', referralDate, 'an episode closes on or after its referral (rule 8630)');
  // Rule 8810, and Lantern's own rule for a referral: a reason for closure only with a closure date.
  if (closeReason !== undefined && closeDate === undefined && !details.children.some((c) => c.name === 'CINclosureDate' && c.text !== '')) {
    r.add(r.lineOf(details, 'ReasonForClosure'), 'ReasonForClosure', `ReasonForClosure ${closeReason} is given but CINclosureDate is not: only a closed episode has a reason for closure`);
  }
  // Without a referral date the child is refused, but what the episode holds is still checked, so that
  // every problem is reported at once.
  const referral = { recordType: 'referrals' as const, match: { referralDate } };
  // ReferralNFA 1 is kept as noFurtherAction true. Lantern marks only the referrals that ended with no
  // further action (the field is absent otherwise), so 0 sets nothing: reading Lantern's own census then
  // changes none of its referrals. A 0 does not clear a stored referral's "no further action".
  if (referralDate !== undefined) out.push({
    record: {
      ...referral,
      fields: { referralDate, sourceCode: referralSource, primaryNeedCode: primaryNeed, closeDate, closeReason, noFurtherAction: nfa === true ? true : undefined },
      source: source(details.line),
    },
    key: { element: 'CINreferralDate', line: r.lineOf(details, 'CINreferralDate'), described: `CINdetails with CINreferralDate ${referralDate}`, keeps: 'referral per referral date' },
  });
  /** A plan belongs to the episode open when it started (how the exporter places a plan): it starts within it. */
  const withinEpisode = (line: number, name: string, start: string | undefined): void => {
    if (start === undefined) return;
    if (r.notBefore(line, name, start, 'CINreferralDate', referralDate, 'a plan starts within its episode')) {
      if (closeDate !== undefined && start > closeDate) r.add(line, name, `${name} ${start} is after CINclosureDate ${closeDate}: a plan starts within its episode`);
    }
  };

  for (const a of r.all(details, 'Assessments')) {
    const startDate = r.date(a, 'AssessmentActualStartDate', true);
    const authorisedDate = r.date(a, 'AssessmentAuthorisationDate', false);
    r.notBefore(r.lineOf(a, 'AssessmentActualStartDate'), 'AssessmentActualStartDate', startDate, 'CINreferralDate', referralDate, 'an assessment starts on or after its referral');
    r.notBefore(r.lineOf(a, 'AssessmentAuthorisationDate'), 'AssessmentAuthorisationDate', authorisedDate, 'AssessmentActualStartDate', startDate, 'an assessment is authorised on or after it starts');
    let factors: string[] | undefined;
    const group = r.one(a, 'FactorsIdentifiedAtAssessment');
    if (group) {
      factors = [];
      for (const f of r.all(group, 'AssessmentFactors')) {
        if (!CENSUS_CODES.assessmentFactor.has(f.text)) r.add(f.line, 'AssessmentFactors', `AssessmentFactors ${f.text || '(empty)'} is not an assessment factor code of the census`);
        else if (!factors.includes(f.text)) factors.push(f.text); // each once (rule 8898)
      }
      if (factors.includes(NO_FACTORS) && factors.length > 1) {
        r.add(group.line, 'AssessmentFactors', `AssessmentFactors 21 (no factors identified) is given with ${factors.filter((c) => c !== NO_FACTORS).join(', ')}: 21 is only for when there are none`);
      }
    }
    if (startDate === undefined) continue;
    out.push({
      record: {
        recordType: 'assessments', match: { startDate }, fields: { startDate, authorisedDate, factors },
        refs: { referralId: referral }, source: source(a.line),
      },
      key: { element: 'AssessmentActualStartDate', line: r.lineOf(a, 'AssessmentActualStartDate'), described: `Assessments with AssessmentActualStartDate ${startDate}`, keeps: 'assessment per start date' },
    });
  }

  for (const p of r.all(details, 'CINPlanDates')) {
    const startDate = r.date(p, 'CINPlanStartDate', true);
    const endDate = r.date(p, 'CINPlanEndDate', false);
    withinEpisode(r.lineOf(p, 'CINPlanStartDate'), 'CINPlanStartDate', startDate);
    r.notBefore(r.lineOf(p, 'CINPlanEndDate'), 'CINPlanEndDate', endDate, 'CINPlanStartDate', startDate, 'a plan ends on or after it starts');
    if (startDate === undefined) continue;
    out.push({
      record: { recordType: 'cinPlans', match: { startDate }, fields: { startDate, endDate }, source: source(p.line) },
      key: { element: 'CINPlanStartDate', line: r.lineOf(p, 'CINPlanStartDate'), described: `CINPlanDates with CINPlanStartDate ${startDate}`, keeps: 'child in need plan per start date' },
    });
  }

  // Each CP plan made at a conference of this episode: the conference held on the day the plan started.
  const planStarts = new Set(r.all(details, 'ChildProtectionPlans').map((p) => p.children.find((c) => c.name === 'CPPstartDate')?.text ?? ''));
  const conferences = new Set<string>();
  for (const s of r.all(details, 'Section47')) {
    const startDate = r.date(s, 'S47ActualStartDate', true);
    const icpcDate = r.date(s, 'DateOfInitialCPC', false);
    const notRequired = r.yesNo(s, 'ICPCnotRequired', true);
    r.notBefore(r.lineOf(s, 'S47ActualStartDate'), 'S47ActualStartDate', startDate, 'CINreferralDate', referralDate, 'a section 47 enquiry starts on or after its referral');
    r.notBefore(r.lineOf(s, 'DateOfInitialCPC'), 'DateOfInitialCPC', icpcDate, 'S47ActualStartDate', startDate, 'the initial conference follows the enquiry (rule 8615)');
    if (notRequired === true && icpcDate !== undefined) {
      r.add(r.lineOf(s, 'ICPCnotRequired'), 'ICPCnotRequired', `ICPCnotRequired is yes but DateOfInitialCPC ${icpcDate} is given: say one or the other`);
    }
    if (startDate === undefined) continue;
    // The census has no strategy discussion, but Lantern's enquiry starts from one (Working Together 2023,
    // 4.4.12): the discussion is taken as held on the day the enquiry started. Matched by that date, so a
    // discussion already held in Lantern on that day is the one used.
    const discussion = { recordType: 'strategyDiscussions' as const, match: { date: startDate } };
    out.push({
      record: {
        ...discussion, fields: { date: startDate },
        defaults: {
          // Required: the census gives no threshold decision, so it is the day of the discussion.
          thresholdDecisionDate: startDate,
          // The discussion led to this enquiry, so it decided to start one.
          decision: 's47',
        },
        refs: { referralId: referral }, source: source(s.line),
      },
      key: null,
    });
    const enquiry = { recordType: 's47Enquiries' as const, match: { startDate } };
    out.push({
      record: {
        ...enquiry,
        // ICPCnotRequired yes: the enquiry concluded that no conference is needed; a conference held: it was.
        fields: { startDate, icpcRequired: notRequired === true ? false : icpcDate !== undefined ? true : undefined },
        // Lantern holds "concluded: no conference needed" as icpcRequired false with an end date (the
        // exporter returns ICPCnotRequired 1 only for an ended enquiry; without one the enquiry would be
        // returned as open in every later census). The census has no end date, so a new enquiry is taken
        // as ended on the earliest day the file allows: the day it started, or, for one started before
        // the collection year, the year's first day (the census holds only enquiries open in its year).
        defaults: notRequired === true ? { endDate: collectionStart !== null && startDate < collectionStart ? collectionStart : startDate } : undefined,
        refs: { strategyDiscussionId: discussion }, source: source(s.line),
      },
      key: { element: 'S47ActualStartDate', line: r.lineOf(s, 'S47ActualStartDate'), described: `Section47 with S47ActualStartDate ${startDate}`, keeps: 'section 47 enquiry per start date' },
    });
    if (icpcDate === undefined) continue;
    conferences.add(icpcDate);
    out.push({
      record: {
        recordType: 'initialConferences', match: { date: icpcDate },
        // A plan of this episode starting that day was made at it (Lantern links the plan to the conference).
        fields: { date: icpcDate, planMade: planStarts.has(icpcDate) ? true : undefined },
        refs: { s47EnquiryId: enquiry }, source: source(s.line),
      },
      key: { element: 'DateOfInitialCPC', line: r.lineOf(s, 'DateOfInitialCPC'), described: `Section47 with DateOfInitialCPC ${icpcDate}`, keeps: 'initial conference per date, of one enquiry' },
    });
  }

  for (const p of r.all(details, 'ChildProtectionPlans')) {
    const startDate = r.date(p, 'CPPstartDate', true);
    const endDate = r.date(p, 'CPPendDate', false);
    const initial = r.code(p, 'InitialCategoryOfAbuse', CATEGORY_CODES, 'category of abuse', true);
    const latest = r.code(p, 'LatestCategoryOfAbuse', CATEGORY_CODES, 'category of abuse', true);
    withinEpisode(r.lineOf(p, 'CPPstartDate'), 'CPPstartDate', startDate);
    r.notBefore(r.lineOf(p, 'CPPendDate'), 'CPPendDate', endDate, 'CPPstartDate', startDate, 'a plan ends on or after it starts');
    if (startDate === undefined) continue;
    const plan = { recordType: 'cpPlans' as const, match: { startDate } };
    out.push({
      record: {
        ...plan,
        fields: { startDate, endDate, initialCategory: initial && CATEGORY_FROM_CODE.get(initial), latestCategory: latest && CATEGORY_FROM_CODE.get(latest) },
        // Made at this episode's conference held the day it started; otherwise (transferred in, or a
        // conference the census does not link) it has none, as Lantern holds a transferred-in plan.
        refs: conferences.has(startDate) ? { initialConferenceId: { recordType: 'initialConferences', match: { date: startDate } } } : undefined,
        source: source(p.line),
      },
      key: { element: 'CPPstartDate', line: r.lineOf(p, 'CPPstartDate'), described: `ChildProtectionPlans with CPPstartDate ${startDate}`, keeps: 'child protection plan per start date' },
    });
    const reviews = r.one(p, 'Reviews');
    for (const review of reviews ? r.all(reviews, 'CPPreviewDate') : []) {
      const date = review.text;
      if (!isIsoDate(date)) {
        r.add(review.line, 'CPPreviewDate', `CPPreviewDate ${date || '(empty)'} is not a date (the census writes dates as YYYY-MM-DD, e.g. 2025-03-31)`);
        continue;
      }
      // Rule 8841: a review conference is after the plan started (the exporter returns only those).
      if (date <= startDate) {
        r.add(review.line, 'CPPreviewDate', `CPPreviewDate ${date} is not after CPPstartDate ${startDate}: a review conference follows the start of the plan`);
        continue;
      }
      out.push({
        record: { recordType: 'reviewConferences', match: { date }, fields: { date }, refs: { cpPlanId: plan }, source: source(review.line) },
        key: { element: 'CPPreviewDate', line: review.line, described: `CPPreviewDate ${date}`, keeps: 'review conference per date' },
      });
    }
  }
  return out;
}

/** One <Child>: the child with their records, or the problems that refuse it. */
function readChild(element: XmlElement, file: string, collectionYear: number | null): { child: ImportedChild; problems: Rejection[] } {
  const r = new ChildReader(file);
  const identifiers = r.one(element, 'ChildIdentifiers');
  let childReference = '';
  let identity: ImportedIdentity = {};
  if (!identifiers) r.add(element.line, 'ChildIdentifiers', 'ChildIdentifiers is missing from Child; the census requires it (it holds LAchildID)');
  else {
    const id = r.text(identifiers, 'LAchildID', true);
    if (id && !CHILD_REFERENCE.test(id.value)) r.add(id.line, 'LAchildID', `LAchildID ${id.value} cannot be a Lantern child reference, which is 1 to 20 letters and digits`);
    childReference = id?.value ?? '';
    identity = readIdentity(r, identifiers, r.one(element, 'ChildCharacteristics'));
  }
  const episodes = r.all(element, 'CINdetails');
  if (episodes.length === 0) r.add(element.line, 'CINdetails', 'the Child has no CINdetails; every child in the census has at least one episode');
  const pending = episodes.flatMap((details) => readEpisode(r, details, file, collectionYear));

  // One record per natural key: a second would be matched to the first on import and overwrite it.
  const seen = new Set<string>();
  for (const p of pending) {
    if (p.key === null) continue;
    const key = `${p.record.recordType} ${JSON.stringify(p.record.match)}`;
    if (seen.has(key)) r.add(p.key.line, p.key.element, `a second ${p.key.described} for this child: Lantern keeps one ${p.key.keeps}`);
    seen.add(key);
  }

  const child: ImportedChild = { childReference, identity, records: pending.map((p) => p.record), source: { file, line: element.line } };
  return { child, problems: r.problems };
}

const emptyBatch = (): ImportBatch => ({ format: 'cin-census', collectionYear: null, rows: 0, children: [], rejected: [] });

/** The whole file refused: nothing in it is read. */
function refused(file: string, line: number, field: string | null, reason: string): ImportBatch {
  return { ...emptyBatch(), rejected: [{ file, line, field, reason }] };
}

/**
 * The header: the collection year, and what is wrong with it. The census is as at 31 March of the year it
 * ends (rule 100), and Year is that year; the reference date is the more exact, so it gives the collection
 * year. A header problem is reported with the children still read (Lantern keeps nothing from the header).
 */
function readHeader(header: XmlElement, file: string): { collection: XmlElement | undefined; collectionYear: number | null; problems: Rejection[]; warnings: Rejection[] } {
  const details = header.children.find((c) => c.name === 'CollectionDetails');
  const find = (name: string) => details?.children.find((c) => c.name === name);
  const problems: Rejection[] = [];
  const warnings: Rejection[] = [];
  let collectionYear: number | null = null;
  const reference = find('ReferenceDate');
  if (reference && !isIsoDate(reference.text)) {
    problems.push({ file, line: reference.line, field: 'ReferenceDate', reason: `ReferenceDate ${reference.text || '(empty)'} is not a date (YYYY-MM-DD)` });
  } else if (reference) {
    collectionYear = Number(reference.text.slice(0, 4));
    // A warning, not a refusal: a council moving to Lantern may export a census as at any day, and
    // Lantern keeps nothing from the header.
    if (reference.text.slice(5) !== '03-31') {
      warnings.push({ file, line: reference.line, field: 'ReferenceDate', reason: `ReferenceDate ${reference.text} is not 31 March: the census is as at the end of March (rule 100)` });
    }
  }
  const year = find('Year');
  if (collectionYear === null && year) {
    if (/^\d{4}$/.test(year.text)) collectionYear = Number(year.text);
    else problems.push({ file, line: year.line, field: 'Year', reason: `Year ${year.text || '(empty)'} is not a year (YYYY)` });
  }
  return { collection: find('Collection'), collectionYear, problems, warnings };
}

export function readCinCensus(file: { name: string; text: string }): ImportBatch {
  const batch = emptyBatch();
  const notCin = 'this is not a CIN census file, so nothing in it was read';
  let header: ReturnType<typeof readHeader> | null = null;
  const references = new Set<string>();
  let root: XmlElement;
  try {
    root = readXmlElements(file.text, {
      // The header comes before the children (XSD messagetype), so it is read first.
      isRecord: (path) => path[0] === 'Message' && ((path.length === 2 && path[1] === 'Header') || (path.length === 3 && path[1] === 'Children' && path[2] === 'Child')),
      onRecord: (element) => {
        if (element.name === 'Header') {
          header ??= readHeader(element, file.name);
          return;
        }
        // Another collection's children (a school census also starts <Message>) are not read at all.
        if (header?.collection && header.collection.text !== 'CIN') return;
        batch.rows += 1;
        const { child, problems } = readChild(element, file.name, header?.collectionYear ?? null);
        // Rule 8510: each child once. A second <Child> would be matched to the same stored child and mix
        // two records into one, so it is refused (the first is read as usual).
        if (child.childReference !== '' && references.has(child.childReference)) {
          problems.push({ file: file.name, line: element.line, field: 'LAchildID', reason: `a second Child with LAchildID ${child.childReference} in this file: each child is returned once` });
        }
        references.add(child.childReference);
        if (problems.length) batch.rejected.push(...problems.map((p) => (child.childReference ? { ...p, childReference: child.childReference } : p)));
        else batch.children.push(child);
      },
    });
  } catch (error) {
    if (!(error instanceof XmlReadError)) throw error;
    return refused(file.name, error.line, null, `the file is not well-formed XML (${error.message}), so nothing in it was read`);
  }
  const read = header as ReturnType<typeof readHeader> | null;

  if (root.name !== 'Message') return refused(file.name, root.line, null, `${notCin}: its root element is ${root.name}, not Message`);
  const collection = read?.collection;
  if (collection && collection.text !== 'CIN') return refused(file.name, collection.line, 'Collection', `${notCin}: its Collection is ${collection.text || '(empty)'}, not CIN`);
  const children = root.children.find((c) => c.name === 'Children');
  if (!children) return refused(file.name, root.line, 'Children', `${notCin}: it has no Children element`);
  if (batch.rows === 0) batch.rejected.push({ file: file.name, line: children.line, field: 'Child', reason: 'the file holds no Child: there is nothing to import' });
  if (read) {
    batch.collectionYear = read.collectionYear;
    batch.rejected.unshift(...read.problems);
    if (read.warnings.length) batch.warnings = read.warnings;
  }
  return batch;
}
