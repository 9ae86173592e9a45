// Ofsted's Annex A (the data an LA gives inspectors at the start of an ILACS inspection) as at a date:
// the rows of "List 1" to "List 11". Pure: the as-at date, the period it covers, each child's identity
// and journey, the adopter households and the names of teams and workers in; rows out (workbook.ts
// writes the .xlsx). Column names and values are the LIIA 2024 schema's (columns.ts, codes.ts).
//
// The period: Ofsted asks for the months before the inspection it names (six in the template's notes,
// twelve for some lists); the default is the 12 months to the as-at date, and `periodStart` changes it.
// As at D: anything dated after D has not happened yet.
//
// Who is in which list (one row per event, or per child, as Ofsted's notes define):
//  1 contacts received in the period (per contact);  2 early help assessments open in it (per episode);
//  3 referrals in it (per referral);  4 child and family assessments open in it (per assessment);
//  5 s47 enquiries started in it, with their ICPC (per enquiry);  6 children in need (a CIN episode that
//  went on to further action, open in it: per child, the latest episode);  7 child protection plans open
//  in it (per plan);  8 children looked after in it (per child, the latest period of care);  9 care
//  leavers open in it (per young person);  10 children with a decision that they should be placed for
//  adoption standing in it (per child);  11 prospective adopters in the process in it (per adopter).
// Allocated team and worker are those holding the case on the as-at date (else the latest before it).
// Every blank where the schema wants a value is a field Lantern does not hold: docs/returns.md lists them.
import type { Journey } from '../../practice/journey/journey.ts';
import type { AdopterHousehold } from '../../practice/adopters/household.ts';
import { list11Rows } from '../../practice/adopters/annex-a.ts';
import { ageInYears } from '../../practice/identity/age.ts';
import { englandDateOf } from '../../practice/clocks/instant.ts';
import type { AnnexAList, AnnexARow } from './columns.ts';
import {
  ABUSE_CATEGORY, ELIGIBILITY, annexAAccommodation, annexAActivity, annexAClosureReason, annexADisability, annexAEthnicity, annexAGender,
  annexAInTouch, annexALegalStatus, annexANeed, annexANoLongerPlacedReason, annexAPlacementType, annexAProvider, annexAReasonCeased,
  annexASource, annexASuitability, yesNo, yesNoUnknown,
} from './codes.ts';

export interface AnnexAChild {
  /** The LA's own reference (child.child_reference): Child Unique ID. */
  childReference: string;
  sex: string;
  ethnicity: string;
  dateOfBirth: string | null;
  /** DfE disability codes (child.disabilities); none recorded is "Unknown". */
  disabilities: readonly string[];
  uasc: boolean;
  journey: Journey;
}

export interface AnnexAInput {
  la: { name: string };
  asAt: string;
  /** The first day covered; default the day after the as-at date a year earlier (12 months). */
  periodStart?: string;
  children: readonly AnnexAChild[];
  households: readonly AdopterHousehold[];
  teamNames: ReadonlyMap<string, string>;
  workerNames: ReadonlyMap<string, string>;
}

export type AnnexARows = { [L in AnnexAList]: AnnexARow<L>[] };

const addDays = (iso: string, days: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const addMonths = (iso: string, months: number): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.toISOString().slice(0, 10);
};
/** The default period: the 12 months up to and including the as-at date. */
export const defaultPeriodStart = (asAt: string): string => addDays(addMonths(asAt, -12), 1);

const dmy = (iso: string | null | undefined): string => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '');
const latest = (dates: readonly (string | null | undefined)[]): string | null => dates.reduce<string | null>((m, d) => (d && (!m || d > m) ? d : m), null);
const byDate = <T>(key: (t: T) => string) => (a: T, b: T): number => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

export function buildAnnexA(input: AnnexAInput): AnnexARows {
  const asAt = input.asAt;
  const start = input.periodStart ?? defaultPeriodStart(asAt);
  const yearAgo = defaultPeriodStart(asAt);
  /** Happened by the as-at date (else it has not happened yet). */
  const by = (d: string | null | undefined): string | null => (d && d <= asAt ? d : null);
  const inPeriod = (d: string | null | undefined): d is string => !!d && d >= start && d <= asAt;
  /** Open at some point in the period: began by the as-at date, not ended before the period. */
  const openIn = (from: string, to: string | null | undefined): boolean => from <= asAt && (!by(to) || by(to)! >= start);

  const rows: AnnexARows = {
    'List 1': [], 'List 2': [], 'List 3': [], 'List 4': [], 'List 5': [], 'List 6': [],
    'List 7': [], 'List 8': [], 'List 9': [], 'List 10': [], 'List 11': [],
  };
  const children = [...input.children].sort(byDate((c) => c.childReference));

  for (const child of children) {
    const j = child.journey;
    const who = {
      'Child Unique ID': child.childReference,
      Gender: annexAGender(child.sex),
      Ethnicity: annexAEthnicity(child.ethnicity),
      'Date of Birth': dmy(child.dateOfBirth),
      'Age of Child (Years)': child.dateOfBirth && child.dateOfBirth <= asAt ? String(ageInYears(child.dateOfBirth, asAt)) : '',
    };
    const disability = annexADisability(child.disabilities);
    const allocations = (j.allocations ?? []).filter((a) => a.startDate <= asAt).sort(byDate((a) => a.startDate));
    const held = allocations.filter((a) => !by(a.endDate)).at(-1) ?? allocations.at(-1);
    const allocated = {
      'Allocated Team': held ? input.teamNames.get(held.teamId) ?? '' : '',
      'Allocated Worker': held ? input.workerNames.get(held.workerId) ?? '' : '',
    };
    const visitsSeen = (j.visits ?? []).filter((v) => v.childSeen && v.date <= asAt).sort(byDate((v) => v.date));

    // List 1: contacts received in the period (the date is the England date of arrival).
    for (const c of [...(j.contacts ?? [])].sort(byDate((c) => c.receivedAt))) {
      const day = englandDateOf(new Date(c.receivedAt));
      if (!inPeriod(day)) continue;
      rows['List 1'].push({ ...who, 'Date of Contact': dmy(day), 'Contact Source': annexASource(c.sourceCode) });
    }

    // List 2: early help assessments open in the period: requested, and not completed before it.
    for (const e of [...(j.earlyHelp ?? [])].sort(byDate((e) => e.requestDate))) {
      if (!openIn(e.requestDate, e.assessmentDate)) continue;
      rows['List 2'].push({
        ...who,
        'Assessment start date': dmy(e.requestDate),
        'Assessment completion date': dmy(by(e.assessmentDate)),
        // Lantern's early help is the LA's own service; it does not record a partner completing the assessment.
        'Organisation completing assessment': input.la.name,
      });
    }

    // List 3: referrals in the period, with how many the child had in the 12 months before each.
    const referrals = [...(j.referrals ?? [])].filter((r) => r.referralDate <= asAt).sort(byDate((r) => r.referralDate));
    for (const r of referrals) {
      if (!inPeriod(r.referralDate)) continue;
      const before = referrals.filter((o) => o !== r && o.referralDate < r.referralDate && o.referralDate >= addMonths(r.referralDate, -12)).length;
      rows['List 3'].push({
        ...who,
        'Date of referral': dmy(r.referralDate),
        'Referral Source': annexASource(r.sourceCode),
        'Referral NFA?': r.noFurtherAction ? 'Yes' : 'No',
        'Number of Referrals in Last 12 Months': String(before),
        ...allocated,
      });
    }

    // List 4: child and family assessments open in the period (complete when a manager authorises).
    for (const a of [...(j.assessments ?? [])].sort(byDate((a) => a.startDate))) {
      if (!openIn(a.startDate, a.authorisedDate)) continue;
      const done = by(a.authorisedDate);
      rows['List 4'].push({
        ...who,
        'Does the Child have a Disability': disability,
        'Continuous Assessment Start Date': dmy(a.startDate),
        'Child Seen During Continuous Assessment': yesNoUnknown(a.childSeen),
        'Continuous Assessment Date of Authorisation': dmy(done),
        // Known once the assessment concludes: further work by children's social care, or not.
        "Was the child assessed as requiring LA children's social care support?": done && a.outcome
          ? (['cin_plan', 'strategy_discussion', 'looked_after'].includes(a.outcome) ? 'Yes' : 'No') : '',
        ...allocated,
      });
    }

    // List 5: s47 enquiries started in the period, with the ICPC that followed.
    const enquiries = [...(j.s47Enquiries ?? [])].filter((s) => s.startDate <= asAt).sort(byDate((s) => s.startDate));
    const conferences = (j.initialConferences ?? []).filter((c) => by(c.date));
    for (const s of enquiries) {
      if (!inPeriod(s.startDate)) continue;
      const discussion = (j.strategyDiscussions ?? []).find((d) => d.id === s.strategyDiscussionId);
      const icpc = conferences.find((c) => c.s47EnquiryId === s.id);
      const yearBefore = addMonths(s.startDate, -12);
      const enquiriesBefore = enquiries.filter((o) => o !== s && o.startDate < s.startDate && o.startDate >= yearBefore).length;
      const icpcsBefore = conferences.filter((c) => c !== icpc && c.date! < s.startDate && c.date! >= yearBefore).length;
      rows['List 5'].push({
        ...who,
        'Does the Child have a Disability': disability,
        'Strategy discussion initiating Section 47 Enquiry Start Date': dmy(by(discussion?.date) ?? s.startDate),
        // Deemed unnecessary once the enquiry concluded no conference was needed.
        'Was an Initial Child Protection Conference deemed unnecessary?': by(s.endDate) && s.icpcRequired === false ? 'Yes' : s.icpcRequired === true || icpc ? 'No' : '',
        'Date of Initial Child Protection Conference': dmy(icpc?.date),
        'Did the Initial Child Protection Conference Result in a Child Protection Plan': icpc ? yesNoUnknown(icpc.planMade) : '',
        'Number of Section 47 Enquiries in the last 12 months': String(enquiriesBefore),
        'Number of ICPCs in the last 12 months': String(icpcsBefore),
        ...allocated,
      });
    }

    // What the child's case is on the as-at date (List 6 Case Status), most intensive first.
    const periods = [...(j.periodsOfCare ?? [])].filter((p) => p.startDate <= asAt).sort(byDate((p) => p.startDate));
    const openOn = (from: string, to: string | null | undefined): boolean => from <= asAt && !by(to);
    const plans = [...(j.cpPlans ?? [])].filter((p) => p.startDate <= asAt).sort(byDate((p) => p.startDate));

    // List 6: children in need: the latest CIN episode (a referral that went on to further action) open in the period.
    const episode = referrals.filter((r) => !r.noFurtherAction && openIn(r.referralDate, r.closeDate)).at(-1);
    if (episode) {
      const closed = by(episode.closeDate);
      const status = closed
        ? 'e) Closed episode'
        : periods.some((p) => openOn(p.startDate, p.endDate)) ? 'a) Looked after child'
        : plans.some((p) => openOn(p.startDate, p.endDate)) ? 'b) Child Protection plan'
        : (j.cinPlans ?? []).some((p) => openOn(p.startDate, p.endDate)) ? 'c) Child in need plan'
        : (j.assessments ?? []).some((a) => a.referralId === episode.id && openOn(a.startDate, a.authorisedDate)) ? 'd) Open assessment'
        : 'c) Child in need plan';
      rows['List 6'].push({
        ...who,
        'Does the Child have a Disability': disability,
        'CIN Start Date': dmy(episode.referralDate),
        'Primary Need Code': annexANeed(episode.primaryNeedCode),
        'Date Child Was Last Seen': dmy(visitsSeen.at(-1)?.date),
        'CIN Closure Date': dmy(closed),
        'Reason for Closure': closed ? annexAClosureReason(episode.closeReason) : '',
        'Case Status': status,
        ...allocated,
      });
    }

    // List 7: child protection plans open in the period.
    const sixMonthsAgo = addDays(addMonths(asAt, -6), 1);
    const protectedInSixMonths = (j.legalStatuses ?? []).some((l) => (l.code === 'L1' || l.code === 'L2') && l.startDate <= asAt && (!by(l.endDate) || by(l.endDate)! >= sixMonthsAgo));
    plans.forEach((plan, i) => {
      if (!openIn(plan.startDate, plan.endDate)) return;
      const end = by(plan.endDate) ?? asAt;
      const visit = visitsSeen.filter((v) => v.date >= plan.startDate && v.date <= end).at(-1);
      rows['List 7'].push({
        ...who,
        'Does the Child have a Disability': disability,
        'Child Protection Plan Start Date': dmy(plan.startDate),
        'Initial Category of Abuse': ABUSE_CATEGORY[plan.initialCategory],
        'Latest Category of Abuse': ABUSE_CATEGORY[plan.latestCategory ?? plan.initialCategory],
        'Date of the Last Statutory Visit': dmy(visit?.date),
        'Was the Child Seen Alone?': visit ? yesNoUnknown(visit.childSeenAlone) : '',
        'Date of latest review conference': dmy(latest((j.reviewConferences ?? []).filter((r) => r.cpPlanId === plan.id).map((r) => by(r.date)))),
        'Child Protection Plan End Date': dmy(by(plan.endDate)),
        'Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)': protectedInSixMonths ? 'Yes' : 'No',
        'Number of Previous Child Protection Plans': String(i),
        ...allocated,
      });
    });

    // List 8: children looked after in the period: their latest period of care.
    const period = periods.filter((p) => openIn(p.startDate, p.endDate)).at(-1);
    if (period) {
      const end = by(period.endDate) ?? asAt;
      const during = (d: string): boolean => d >= period.startDate && d <= end;
      const legal = [...(j.legalStatuses ?? [])].filter((l) => l.startDate <= end && during(l.startDate)).sort(byDate((l) => l.startDate)).at(-1);
      const placements = [...(j.placements ?? [])].filter((p) => p.periodOfCareId === period.id && p.startDate <= asAt).sort(byDate((p) => p.startDate));
      const placement = placements.at(-1);
      const missing = (j.missingEpisodes ?? []).map((m) => ({ m, day: englandDateOf(new Date(m.startAt)) })).filter(({ day }) => day >= yearAgo && day <= asAt).sort(byDate((x) => x.day));
      const lastMissing = missing.filter(({ m }) => (m.type ?? 'missing') === 'missing').at(-1)?.m;
      const adoptionDecided = by(j.adoption?.decisionDate) && !by(j.adoption?.decisionReversedDate);
      rows['List 8'].push({
        ...who,
        'Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)': child.uasc ? 'Yes' : 'No',
        'Does the Child have a Disability': disability,
        'Date Started to be Looked After': dmy(period.startDate),
        "Child's Category of Need": annexANeed(period.categoryOfNeed),
        'Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)':
          periods.some((p) => p !== period && p.startDate < period.startDate && (by(p.endDate) ?? asAt) >= yearAgo) ? 'Yes' : 'No',
        'Start date of current legal status': dmy(legal?.startDate),
        "Child's Legal Status": annexALegalStatus(legal?.code),
        'Date of Latest Statutory Review': dmy(latest((j.claReviews ?? []).map((r) => (during(r.date) ? r.date : null)))),
        'Date of Last Social Work Visit': dmy(visitsSeen.filter((v) => during(v.date)).at(-1)?.date),
        // Lantern records when the permanence plan was made, not what it is; only an adoption decision says.
        'What is the permanence plan for this child?': adoptionDecided ? 'b) Adoption' : '',
        'Date of Last IRO Visit / Contact to the Child': dmy(latest((j.iroContacts ?? []).map((c) => (c.date <= asAt ? c.date : null)))),
        'Date of Last Health Assessment': dmy(latest((j.healthAssessments ?? []).map((h) => by(h.date)))),
        'Date of Last Dental Check': dmy(latest((j.healthChecks ?? []).filter((h) => h.kind === 'dental').map((h) => by(h.date)))),
        'Number of Placements in the Last 12 months': String(placements.filter((p) => !/^T/.test(p.typeCode) && (by(p.endDate) ?? asAt) >= yearAgo).length),
        'Date Ceased to be Looked After': dmy(by(period.endDate)),
        'Reason Ceased to be Looked After': by(period.endDate) ? annexAReasonCeased(period.reasonCeased) : '',
        'Start Date of Most Recent Placement': dmy(placement?.startDate),
        'Placement Type': placement ? annexAPlacementType(placement.typeCode) : '',
        'Placement Provider': annexAProvider(placement?.providerCode),
        'Placement postcode': placement?.postcode ?? '',
        // The Ofsted URN of the provider is not held (as in the SSDA903 episodes file).
        'URN of Placement': '',
        'Placement Location': placement?.inLaArea === true ? 'a) In' : placement?.inLaArea === false ? 'b) Out' : '',
        // The LA a placement outside the area is in is not held; within the area it is this LA.
        'LA of Placement': placement?.inLaArea === true ? input.la.name : '',
        "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months": String(missing.filter(({ m }) => (m.type ?? 'missing') === 'missing').length),
        "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months": String(missing.filter(({ m }) => m.type === 'away').length),
        'Was the child offered a Return Interview after their last missing episode (Y/N)?': lastMissing ? yesNo(!!lastMissing.returnInterviewOfferedAt) : '',
        'Did the child accept a Return Interview after their last missing episode (Y/N)?': lastMissing
          ? (lastMissing.returnInterviewCompletedAt ? 'Yes' : lastMissing.returnInterviewDeclined ? 'No' : '') : '',
        ...allocated,
      });
    }

    // List 9: care leavers whose leaving-care support was open in the period.
    const leaver = j.careLeaver;
    if (leaver && openIn(leaver.eligibleFrom, leaver.endDate)) {
      const inTouch = annexAInTouch(leaver.inTouchCode, leaver.inTouch);
      rows['List 9'].push({
        ...who,
        'Unaccompanied Asylum Seeking Child (UASC), or formerly UASC if 18 or over (Y/N)': child.uasc ? 'Yes' : 'No',
        'Does the Child have a Disability': disability,
        ...allocated,
        'Allocated Personal Advisor': leaver.personalAdviserName ?? '',
        'Eligibility Category': ELIGIBILITY[leaver.eligibility] ?? 'e) Other',
        'Latest Pathway Plan Review Date': dmy(latest((leaver.pathwayPlanReviewDates ?? []).map(by))),
        'LA in Touch': inTouch,
        'Latest Date of Contact': dmy(by(leaver.latestContactDate)),
        'Type of Accommodation': annexAAccommodation(leaver.accommodationCode),
        'Suitability of Accommodation': annexASuitability(leaver.accommodationCode, inTouch),
        'Activity Status': annexAActivity(leaver.activityCode),
      });
    }

    // List 10: a decision that the child should be placed for adoption, standing at some point in the period.
    const adoption = j.adoption;
    const decided = by(adoption?.decisionDate);
    if (adoption && decided && !(by(adoption.adoptionOrderDate) && adoption.adoptionOrderDate! < start) && !(by(adoption.decisionReversedDate) && adoption.decisionReversedDate! < start)) {
      const entered = periods.filter((p) => p.startDate <= decided).at(-1) ?? periods.at(-1);
      const household = input.households.find((h) => h.placedChildReferences?.includes(child.childReference));
      const ffa = (j.placements ?? []).filter((p) => (p.typeCode === 'U2' || p.typeCode === 'U5') && p.startDate <= asAt).sort(byDate((p) => p.startDate)).at(-1);
      const reversed = by(adoption.decisionReversedDate);
      rows['List 10'].push({
        'Child Unique ID': who['Child Unique ID'],
        // The adopter household the child is placed with (its family reference, as in List 11).
        'Family identifier': household?.familyReference ?? '',
        Gender: who.Gender,
        Ethnicity: who.Ethnicity,
        'Date of Birth': who['Date of Birth'],
        'Age of Child (Years)': who['Age of Child (Years)'],
        'Does the Child have a Disability': disability,
        'Date the Child Entered Care': dmy(entered?.startDate),
        'Date of Decision that Child Should be Placed for Adoption': dmy(decided),
        'Date of Placement Order': dmy(by(adoption.placementOrderDate)),
        'Date of Matching Child and Prospective Adopters': dmy(by(adoption.matchedDate)),
        'Date Placed for Adoption': dmy(by(adoption.placedDate)),
        'Date of Adoption Order': dmy(by(adoption.adoptionOrderDate)),
        'Date of Decision that Child Should No Longer be Placed for Adoption': dmy(reversed),
        'Reason Why Child No Longer Placed for Adoption': reversed ? annexANoLongerPlacedReason(adoption.decisionReversedReason) : '',
        'Date the child was placed for fostering in FFA or concurrent planning placement': dmy(ffa?.startDate),
      });
    }
  }

  // List 11: prospective adopters in the process at some point in the period (not left or adopted before it).
  const households = [...input.households].sort(byDate((h) => h.familyReference));
  for (const h of households) {
    if (h.enquiryReceivedOn > asAt) continue;
    if (by(h.leftOn) && h.leftOn! < start) continue;
    if (by(h.adoptionOrderOn) && h.adoptionOrderOn! < start) continue;
    rows['List 11'].push(...list11Rows(h));
  }
  return rows;
}
