// The children in need census (DfE), as at the end of a collection year, as the XML document DfE's
// COLLECT takes. Pure: the LA, the census year and the children's identities and journeys are all given.
//
// The spec is ../shared/standards/cin/xsd/CIN_schema_2026.xsd (element names, their order, which are
// mandatory, the code enumerations); the 2025-26 guide is not in the repository. Rule numbers cited are
// DfE validation rules from ../shared/standards/rule-catalogues/cin_2025_26_rule_info.csv: this builder
// keeps to them where Lantern's data allows, but checking them is a later slice.
//
// As at: anything dated after the collection's end has not happened yet, so a closure, an authorisation,
// a conference or a plan end after 31 March is left out (the episode, assessment, enquiry or plan is
// returned as open).
//
// What Lantern does not hold, and what is returned instead:
// - FormerUPN, PersonDeathDate, AssessmentInternalReviewDate, InitialCPCtarget: optional; left out.
// - UPNunknown reason: inferred (cin-census-codes.ts censusUpnUnknown).
// - NumberOfPreviousCPP (mandatory): the plans in the child's Lantern journey that started before this one,
//   a lower bound (plans in another LA or before the LA moved to Lantern are not known).
// - ReferralSource (mandatory): "10" (UNKNOWN) when the referral has no recognised source.
// - LatestCategoryOfAbuse (mandatory): the initial category when no review has changed it.
// - ReasonForClosure: left out when a closed referral has none (Lantern's no-further-action referrals
//   carry a close date and no reason); rule 8805 will then ask the LA for one.
import type { Journey } from '../../practice/journey/journey.ts';
import type { Assessment, Referral } from '../../practice/journey/assessment.ts';
import type { CinPlan } from '../../practice/journey/child-in-need.ts';
import type { CpPlan, S47Enquiry } from '../../practice/journey/child-protection.ts';
import { ageInYears } from '../../practice/identity/age.ts';
import { el, group, optional, xmlDocument, type XmlNode } from '../xml.ts';
import {
  CATEGORY_OF_ABUSE, censusAssessmentFactors, censusClosureReason, censusDisabilities, censusEthnicity, censusPrimaryNeed,
  censusReferralSource, censusSex, censusUpnUnknown, yesNo,
} from './cin-census-codes.ts';

/** The fields of a child's row (store `child`, synth ChildRow) the census needs. */
export interface CinCensusIdentity {
  /** The LA's own reference (child.child_reference): LAchildID. */
  childReference: string;
  dateOfBirth: string | null;
  expectedDateOfBirth: string | null;
  /** SSD ssd003: '0' not yet born, '1' male, '2' female, '9' indeterminate. */
  sex: string;
  ethnicity: string;
  upn: string | null;
  disabilities: readonly string[];
  uasc: boolean;
}

export interface CinCensusInput {
  la: { dfeCode: string };
  /** The census year, 1 April to 31 March (YYYY-MM-DD); the end is the reference date. */
  collection: { start: string; end: string };
  children: readonly { identity: CinCensusIdentity; journey: Journey }[];
}

/** XSD upntype. */
const UPN = /^[A-Za-z]\d{11}(\d|[A-Za-z])$/;

/** A date on or before the end of the collection, else null (not yet happened as at the reference date). */
const byEnd = (date: string | null | undefined, end: string): string | null => (date && date <= end ? date : null);

/** Open at some point in the year: started on or before the end, and not ended before the start. */
const openInYear = (start: string, ended: string | null, year: { start: string; end: string }): boolean =>
  start <= year.end && (ended === null || ended >= year.start);

interface Episode {
  referral: Referral;
  closeDate: string | null;
}

/**
 * Which episode a record dated `date` belongs to, when it carries no link to a referral: the latest episode
 * open on that day (rule 8820 says a child's episodes do not overlap).
 */
function episodeOn(episodes: readonly Episode[], date: string): Episode | undefined {
  let found: Episode | undefined;
  for (const e of episodes) if (e.referral.referralDate <= date && (e.closeDate === null || e.closeDate >= date)) found = e;
  return found;
}

function assessmentNode(a: Assessment, end: string): XmlNode {
  const authorised = byEnd(a.authorisedDate, end);
  // Rule 8614: factors only for a completed (authorised) assessment.
  const factors = authorised === null ? [] : censusAssessmentFactors(a.factors ?? []);
  return group('Assessments', [
    el('AssessmentActualStartDate', a.startDate),
    optional('AssessmentAuthorisationDate', authorised),
    factors.length ? group('FactorsIdentifiedAtAssessment', factors.map((f) => el('AssessmentFactors', f))) : null,
  ]);
}

function cinPlanNode(p: CinPlan, end: string): XmlNode {
  return group('CINPlanDates', [el('CINPlanStartDate', p.startDate), optional('CINPlanEndDate', byEnd(p.endDate, end))]);
}

interface ReportedS47 {
  enquiry: S47Enquiry;
  icpcDate: string | null;
  icpcNotRequired: boolean;
}

function s47Node(s: ReportedS47): XmlNode {
  return group('Section47', [
    el('S47ActualStartDate', s.enquiry.startDate),
    // InitialCPCtarget (optional): 15 working days from the strategy discussion; not returned yet.
    optional('DateOfInitialCPC', s.icpcDate),
    el('ICPCnotRequired', yesNo(s.icpcNotRequired)),
  ]);
}

function cpPlanNode(plan: CpPlan, journey: Journey, year: { start: string; end: string }): XmlNode {
  const previous = (journey.cpPlans ?? []).filter((p) => p.startDate < plan.startDate).length;
  // Review conferences held in the collection year (rule 8841: after the plan started).
  const reviews = (journey.reviewConferences ?? [])
    .filter((r) => r.cpPlanId === plan.id && r.date >= year.start && r.date <= year.end && r.date > plan.startDate)
    .map((r) => r.date)
    .sort();
  return group('ChildProtectionPlans', [
    el('CPPstartDate', plan.startDate),
    optional('CPPendDate', byEnd(plan.endDate, year.end)),
    el('InitialCategoryOfAbuse', CATEGORY_OF_ABUSE[plan.initialCategory]),
    el('LatestCategoryOfAbuse', CATEGORY_OF_ABUSE[plan.latestCategory ?? plan.initialCategory]),
    el('NumberOfPreviousCPP', String(previous)),
    reviews.length ? group('Reviews', reviews.map((d) => el('CPPreviewDate', d))) : null,
  ]);
}

/** The CINdetails groups for one child: one per episode open in the year, with what happened in it. */
function cinDetails(journey: Journey, year: { start: string; end: string }): { nodes: XmlNode[]; everyEpisodeNfa: boolean } {
  const all: Episode[] = (journey.referrals ?? [])
    .filter((r) => r.referralDate <= year.end)
    .map((referral) => ({ referral, closeDate: byEnd(referral.closeDate, year.end) }))
    .sort((a, b) => (a.referral.referralDate < b.referral.referralDate ? -1 : a.referral.referralDate > b.referral.referralDate ? 1 : 0));
  const included = all.filter((e) => openInYear(e.referral.referralDate, e.closeDate, year));
  const byReferralId = new Map(all.map((e) => [e.referral.id, e]));
  const episodeOf = (referralId: string | null | undefined, date: string): Episode | undefined =>
    (referralId ? byReferralId.get(referralId) : undefined) ?? episodeOn(all, date);

  const assessments = new Map<Episode, Assessment[]>();
  const cinPlans = new Map<Episode, CinPlan[]>();
  const s47s = new Map<Episode, ReportedS47[]>();
  const cpPlans = new Map<Episode, CpPlan[]>();
  const add = <T>(map: Map<Episode, T[]>, episode: Episode | undefined, item: T): void => {
    if (episode === undefined) return;
    const list = map.get(episode);
    if (list) list.push(item);
    else map.set(episode, [item]);
  };

  for (const a of journey.assessments ?? []) {
    if (openInYear(a.startDate, byEnd(a.authorisedDate, year.end), year)) add(assessments, byReferralId.get(a.referralId), a);
  }
  // A CIN plan carries no referral: it belongs to the episode open when it started.
  for (const p of journey.cinPlans ?? []) {
    if (openInYear(p.startDate, byEnd(p.endDate, year.end), year)) add(cinPlans, episodeOn(all, p.startDate), p);
  }
  const strategyReferral = new Map((journey.strategyDiscussions ?? []).map((s) => [s.id, s.referralId ?? null]));
  const s47Referral = new Map<string, string | null>();
  for (const s of journey.s47Enquiries ?? []) {
    const referralId = strategyReferral.get(s.strategyDiscussionId) ?? null;
    s47Referral.set(s.id, referralId);
    const icpcDate = (journey.initialConferences ?? [])
      .filter((c) => c.s47EnquiryId === s.id)
      .map((c) => byEnd(c.date, year.end))
      .filter((d): d is string => d !== null)
      .sort()[0] ?? null;
    // ICPCnotRequired is 1 only once the enquiry has ended, by the end of the year, deciding no conference.
    const icpcNotRequired = icpcDate === null && s.icpcRequired === false && byEnd(s.endDate, year.end) !== null;
    // An enquiry is complete when its conference is held or it is known none is needed (rule 8868).
    const completed = icpcDate ?? (icpcNotRequired ? s.endDate ?? null : null);
    if (openInYear(s.startDate, completed, year)) add(s47s, episodeOf(referralId, s.startDate), { enquiry: s, icpcDate, icpcNotRequired });
  }
  const conferenceS47 = new Map((journey.initialConferences ?? []).map((c) => [c.id, c.s47EnquiryId]));
  for (const p of journey.cpPlans ?? []) {
    if (!openInYear(p.startDate, byEnd(p.endDate, year.end), year)) continue;
    // The plan's episode is its conference's enquiry's referral; a plan transferred in has none, so by date.
    const s47Id = p.initialConferenceId ? conferenceS47.get(p.initialConferenceId) : undefined;
    add(cpPlans, episodeOf(s47Id ? s47Referral.get(s47Id) : null, p.startDate), p);
  }

  const nodes = included.map((e) => {
    const r = e.referral;
    const sorted = <T extends { startDate: string }>(items: T[] | undefined): T[] => [...(items ?? [])].sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
    return group('CINdetails', [
      el('CINreferralDate', r.referralDate),
      el('ReferralSource', censusReferralSource(r.sourceCode)),
      optional('PrimaryNeedCode', censusPrimaryNeed(r.primaryNeedCode)),
      optional('CINclosureDate', e.closeDate),
      // Rule 8810: no reason for closure without a closure date.
      optional('ReasonForClosure', e.closeDate === null ? null : censusClosureReason(r.closeReason)),
      // DateOfInitialCPC at this level is for a conference with no s47 in the episode. Every Lantern
      // conference belongs to an s47 enquiry, so it is returned in Section47 (rule 2884: only one level).
      ...sorted(assessments.get(e)).map((a) => assessmentNode(a, year.end)),
      ...sorted(cinPlans.get(e)).map((p) => cinPlanNode(p, year.end)),
      ...[...(s47s.get(e) ?? [])].sort((a, b) => (a.enquiry.startDate < b.enquiry.startDate ? -1 : 1)).map(s47Node),
      el('ReferralNFA', yesNo(r.noFurtherAction === true)),
      ...sorted(cpPlans.get(e)).map((p) => cpPlanNode(p, journey, year)),
    ]);
  });
  return { nodes, everyEpisodeNfa: included.every((e) => e.referral.noFurtherAction === true) };
}

function childNode(identity: CinCensusIdentity, details: XmlNode[], everyEpisodeNfa: boolean, referenceDate: string): XmlNode {
  const unborn = identity.dateOfBirth === null;
  const upn = identity.upn && UPN.test(identity.upn) ? identity.upn : null;
  const age = identity.dateOfBirth === null ? null : ageInYears(identity.dateOfBirth, referenceDate);
  const disabilities = censusDisabilities(identity.disabilities);
  return group('Child', [
    group('ChildIdentifiers', [
      el('LAchildID', identity.childReference),
      optional('UPN', upn),
      optional('UPNunknown', upn === null ? censusUpnUnknown({ ageOnReferenceDate: age, uasc: identity.uasc, everyEpisodeNfa }) : null),
      // Rule 8525Q: a date of birth or an expected date of birth, not both.
      optional('PersonBirthDate', identity.dateOfBirth),
      optional('ExpectedPersonBirthDate', unborn ? identity.expectedDateOfBirth : null),
      el('Sex', censusSex(identity.sex, unborn)),
    ]),
    group('ChildCharacteristics', [
      el('Ethnicity', censusEthnicity(identity.ethnicity)),
      disabilities.length ? group('Disabilities', disabilities.map((d) => el('Disability', d))) : null,
    ]),
    ...details,
  ]);
}

/**
 * One child's census record for the collection year, or null when no CIN episode was open in it (rule
 * 8590): what the returns rules (src/practice/returns-rules) check, so they see exactly what is returned.
 */
export function cinCensusChild(identity: CinCensusIdentity, journey: Journey, collection: { start: string; end: string }): XmlNode | null {
  const { nodes, everyEpisodeNfa } = cinDetails(journey, collection);
  return nodes.length ? childNode(identity, nodes, everyEpisodeNfa, collection.end) : null;
}

/** Thrown when the census cannot be written as a valid document. */
export class CinCensusError extends Error {}

export function buildCinCensus(input: CinCensusInput): string {
  const { la, collection } = input;
  // XSD sourcetype LEA: three digits.
  if (!/^\d{3}$/.test(la.dfeCode)) throw new CinCensusError(`the LA's DfE code must be three digits, not "${la.dfeCode}"`);
  if (!(collection.start < collection.end)) throw new CinCensusError('the collection must start before it ends');

  const children: XmlNode[] = [];
  const ordered = [...input.children].sort((a, b) => (a.identity.childReference < b.identity.childReference ? -1 : 1));
  for (const { identity, journey } of ordered) {
    const { nodes, everyEpisodeNfa } = cinDetails(journey, collection);
    // Rule 8590: every child returned has a CIN episode; a child with none in the year is not in the census.
    if (nodes.length) children.push(childNode(identity, nodes, everyEpisodeNfa, collection.end));
  }
  // XSD childrentype: at least one Child.
  if (!children.length) throw new CinCensusError('no child had a CIN episode open in the collection year; the census needs at least one');

  return xmlDocument(
    group('Message', [
      group('Header', [
        group('CollectionDetails', [
          el('Collection', 'CIN'),
          // Assumed: the year the collection ends (2026 for 2025-26), as in the liia-tools sample
          // (cin/fake/liia_BAR_cin_2022.xml: Year 2022, reference date 2022-03-31). The XSD says only gYear.
          el('Year', collection.end.slice(0, 4)),
          el('ReferenceDate', collection.end),
        ]),
        group('Source', [el('SourceLevel', 'L'), el('LEA', la.dfeCode), el('SoftwareCode', 'Lantern')]),
      ]),
      group('Children', children),
    ]),
  );
}
