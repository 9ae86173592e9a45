// A child's chronology: every dated event of their journey, oldest first, as the chronology page shows it
// and as a social worker would tell it. One event per dated happening of every record type in journey.ts
// (a contact arriving and its decision are two events). Labels come from code-sets.ts and, for the
// looked-after records, the SSDA903 sets in looked-after-codes.ts (care-leaver-codes.ts for care leavers
// and exploitation risk levels); the few lists the code sets do not hold yet (early help endings,
// pre-proceedings outcomes) are beside their use below.
//
// Order: by when it happened (a date-time by its England date, then its time; a date-only event sorts
// before the timed events of its day, since its time is unknown), then by the order events are listed here
// (the journey's own order of record types, and within a record the order things happen).
import type { Journey } from '../journey/journey.ts';
import type { JourneyRecordType } from '../journey/record-types.ts';
import {
  AGENCIES, ASSESSMENT_FACTORS, ASSESSMENT_OUTCOMES, CASE_NOTE_KINDS, CLOSURE_REASONS, CONTACT_OUTCOMES, CP_CATEGORIES, PLAN_END_REASONS,
  PRIMARY_NEEDS, REFERRAL_SOURCES, STRATEGY_DECISIONS, VISIT_TYPES, labelIn,
} from '../journey/code-sets.ts';
import {
  LEGAL_STATUSES, PLACEMENT_PROVIDERS, PLACEMENT_TYPES, REASONS_EPISODE_CEASED, REASONS_PLACEMENT_CHANGE, REVIEW_PARTICIPATION,
} from '../journey/looked-after-codes.ts';
import { ACCOMMODATION, ACTIVITIES, IN_TOUCH, RISK_LEVELS } from '../journey/care-leaver-codes.ts';
import { chronologicalKey, englandDateOf } from './england-date.ts';
import { formatDate, formatDateTime } from './format-date.ts';
import { reReferrals } from './re-referral.ts';
import { ESCALATION_STAGE_NAMES, IRO_CONTACT_NOUNS } from './validate-looked-after-support.ts';

export type ChronologyKind =
  | 'front_door'
  | 'early_help'
  | 'assessment'
  | 'child_protection'
  | 'child_in_need'
  | 'visit'
  | 'case_note'
  | 'supervision'
  | 'looked_after'
  | 'court'
  | 'missing'
  | 'care_leaver'
  | 'allocation';

/** The kinds a reader can filter by, in the order the page lists them. */
export const CHRONOLOGY_KINDS: readonly { kind: ChronologyKind; label: string }[] = [
  { kind: 'front_door', label: 'Contacts and referrals' },
  { kind: 'early_help', label: 'Early help' },
  { kind: 'assessment', label: 'Assessments' },
  { kind: 'child_protection', label: 'Child protection' },
  { kind: 'child_in_need', label: 'Child in need' },
  { kind: 'visit', label: 'Visits' },
  { kind: 'case_note', label: 'Case notes' },
  { kind: 'supervision', label: 'Supervision' },
  { kind: 'looked_after', label: 'Looked after' },
  { kind: 'court', label: 'Court and adoption' },
  { kind: 'missing', label: 'Missing' },
  { kind: 'care_leaver', label: 'Leaving care and private fostering' },
  { kind: 'allocation', label: 'Allocation' },
];

export interface ChronologyEvent {
  /** YYYY-MM-DD, or the record's own date-time for things recorded with a time. */
  at: string;
  /** YYYY-MM-DD in England. */
  date: string;
  kind: ChronologyKind;
  recordType: JourneyRecordType | 'allocations';
  /**
   * The record's id. Records without one: adoption and careLeaver use their type (storage's record key
   * for a single record); a legal status is '<code> from <start date>'; an allocation '<worker>/<start>'.
   */
  recordId: string;
  title: string;
  detail: string;
}

export interface ChronologyOptions {
  staffName?: (staffId: string) => string | undefined;
  teamName?: (teamId: string) => string | undefined;
}

/** Free text on the chronology is cut to about this many characters; the record itself holds all of it. */
export const DETAIL_LENGTH = 300;

const EARLY_HELP_ENDINGS: Record<string, string> = {
  completed: 'Completed',
  stepped_up: 'Stepped up to children’s social care',
  declined: 'Declined by the family',
  moved_away: 'Family moved away',
  other: 'Other',
};

const PRE_PROCEEDINGS_OUTCOMES: Record<string, string> = {
  stepped_down: 'Stepped down',
  proceedings_issued: 'Care proceedings issued',
  other: 'Other',
};

const ADVOCACY_OUTCOMES: Record<string, string> = {
  accepted: 'accepted',
  declined: 'declined',
  waiting: 'waiting for one to be found',
};

/**
 * The SDQ total difficulties score in the bands the DfE uses for children looked after (Outcomes for
 * children looked after, SSDA903 OC2): 0–13 normal, 14–16 borderline, 17–40 a cause for concern.
 */
export function sdqBand(score: number): string {
  return score <= 13 ? 'Normal (0 to 13)' : score <= 16 ? 'Borderline (14 to 16)' : 'A cause for concern (17 to 40)';
}

const PLACED_WITH: Record<string, string> = {
  parent: 'with a parent',
  connected_person: 'with a connected person (family or friend)',
  other: '',
};

const CARE_LEAVER_ELIGIBILITY: Record<string, string> = {
  eligible: 'eligible',
  relevant: 'relevant',
  former_relevant: 'former relevant',
  qualifying: 'qualifying',
};

/** Cut free text to about DETAIL_LENGTH characters, at a word where there is one. */
export function truncate(text: string, length = DETAIL_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= length) return clean;
  const cut = clean.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${(space > length * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** Non-empty parts joined into one line of detail. */
const line = (...parts: (string | null | undefined | false)[]): string => parts.filter((p): p is string => !!p && p.trim() !== '').join('. ');

export function chronologyOf(journey: Journey, options: ChronologyOptions = {}): ChronologyEvent[] {
  const events: ChronologyEvent[] = [];
  const add = (at: string | null | undefined, kind: ChronologyKind, recordType: ChronologyEvent['recordType'], recordId: string, title: string, detail = ''): void => {
    if (!at) return;
    events.push({ at, date: englandDateOf(at), kind, recordType, recordId, title, detail });
  };
  const staff = (id: string | null | undefined): string | undefined => (id ? options.staffName?.(id) : undefined);
  const label = (map: Record<string, string>, code: string | null | undefined): string => (code ? map[code] ?? code : '');

  for (const a of journey.allocations ?? []) {
    const worker = options.staffName?.(a.workerId) ?? 'a worker';
    const team = options.teamName?.(a.teamId);
    const id = `${a.workerId}/${a.startDate}`;
    add(a.startDate, 'allocation', 'allocations', id, `Allocated to ${worker}${team ? ` (${team})` : ''}`);
    add(a.endDate, 'allocation', 'allocations', id, `No longer allocated to ${worker}${team ? ` (${team})` : ''}`);
  }

  for (const c of journey.contacts ?? []) {
    const from = c.referrerName ? `From ${c.referrerName}${c.referrerAgency ? ` (${c.referrerAgency})` : ''}` : c.referrerAgency ? `From ${c.referrerAgency}` : '';
    add(c.receivedAt, 'front_door', 'contacts', c.id, 'Contact received', line(from, c.sourceCode && `Source: ${labelIn(REFERRAL_SOURCES, c.sourceCode)}`, c.concerns && truncate(c.concerns)));
    const by = staff(c.decidedBy);
    add(
      c.decidedAt, 'front_door', 'contacts', c.id, c.outcome ? `Contact decision: ${labelIn(CONTACT_OUTCOMES, c.outcome)}` : 'Contact decided',
      line(by && `Decided by ${by}`, c.decisionRationale && truncate(c.decisionRationale)),
    );
    const manager = staff(c.signedOffBy);
    add(c.signedOffAt, 'front_door', 'contacts', c.id, `Contact decision signed off by ${manager ?? 'a manager'}`);
  }

  for (const e of journey.earlyHelp ?? []) {
    const origin = e.origin === 'step_down' ? 'Stepped down from children’s social care' : e.origin === 'contact' ? 'From the front door' : '';
    add(e.requestDate, 'early_help', 'earlyHelp', e.id, 'Early help requested', origin);
    add(e.assessmentDate, 'early_help', 'earlyHelp', e.id, 'Early help assessment');
    add(e.startDate, 'early_help', 'earlyHelp', e.id, 'Early help plan started');
    add(e.endDate, 'early_help', 'earlyHelp', e.id, 'Early help ended', label(EARLY_HELP_ENDINGS, e.endReason));
  }

  const reReferral = reReferrals(journey);
  for (const r of journey.referrals ?? []) {
    const again = reReferral.get(r.id);
    add(
      r.referralDate, 'front_door', 'referrals', r.id, again ? 'Re-referral' : 'Referral',
      line(
        again && `Within 12 months of the referral on ${formatDate(again.previousReferralDate)}`,
        r.sourceCode && `Source: ${labelIn(REFERRAL_SOURCES, r.sourceCode)}`,
        r.primaryNeedCode && `Primary need: ${labelIn(PRIMARY_NEEDS, r.primaryNeedCode)}`,
        r.noFurtherAction && 'No further action',
      ),
    );
    add(r.closeDate, 'front_door', 'referrals', r.id, 'Case closed', labelIn(CLOSURE_REASONS, r.closeReason));
  }

  for (const a of journey.assessments ?? []) {
    add(a.startDate, 'assessment', 'assessments', a.id, 'Assessment started');
    add(a.childSeenDate, 'assessment', 'assessments', a.id, 'Child seen during the assessment');
    const factors = (a.factors ?? []).map((f) => labelIn(ASSESSMENT_FACTORS, f));
    const by = staff(a.authorisedBy);
    add(
      a.authorisedDate, 'assessment', 'assessments', a.id,
      a.outcome ? `Assessment authorised: ${labelIn(ASSESSMENT_OUTCOMES, a.outcome)}` : 'Assessment authorised',
      line(by && `Authorised by ${by}`, factors.length > 0 && `Factors: ${factors.join('; ')}`, a.reasonForDelay && `Reason for delay: ${truncate(a.reasonForDelay)}`),
    );
  }

  for (const s of journey.strategyDiscussions ?? []) {
    add(s.thresholdDecisionDate, 'child_protection', 'strategyDiscussions', s.id, 'Threshold decision: strategy discussion needed');
    const agencies = (s.attendees ?? []).length > 0
      ? [...new Set((s.attendees ?? []).map((x) => labelIn(AGENCIES, x.agency)))]
      : (s.agencies ?? []);
    add(
      s.date, 'child_protection', 'strategyDiscussions', s.id,
      s.decision ? `Strategy discussion: ${labelIn(STRATEGY_DECISIONS, s.decision)}` : 'Strategy discussion held',
      line(s.time && `At ${s.time}`, agencies.length > 0 && `Agencies: ${agencies.join(', ')}`),
    );
  }

  for (const s of journey.s47Enquiries ?? []) {
    add(s.startDate, 'child_protection', 's47Enquiries', s.id, 'Section 47 enquiry started');
    const icpc = s.icpcRequired === true ? 'Initial child protection conference needed' : s.icpcRequired === false ? 'Initial child protection conference not needed' : '';
    add(s.endDate, 'child_protection', 's47Enquiries', s.id, 'Section 47 enquiry concluded', line(icpc, s.outcomeNotes && truncate(s.outcomeNotes)));
  }

  for (const c of journey.initialConferences ?? []) {
    const title = c.planMade === true
      ? 'Initial child protection conference: child protection plan made'
      : c.planMade === false ? 'Initial child protection conference: no child protection plan' : 'Initial child protection conference';
    add(c.date, 'child_protection', 'initialConferences', c.id, title);
  }

  for (const p of journey.cpPlans ?? []) {
    add(p.startDate, 'child_protection', 'cpPlans', p.id, `Child protection plan started: ${labelIn(CP_CATEGORIES, p.initialCategory)}`);
    add(p.ploDecisionDate, 'child_protection', 'cpPlans', p.id, 'Decision to enter the Public Law Outline');
    add(p.endDate, 'child_protection', 'cpPlans', p.id, 'Child protection plan ended', labelIn(PLAN_END_REASONS, p.endReason));
  }
  for (const g of journey.coreGroups ?? []) add(g.date, 'child_protection', 'coreGroups', g.id, 'Core group meeting');
  for (const r of journey.reviewConferences ?? []) add(r.date, 'child_protection', 'reviewConferences', r.id, 'Review child protection conference');

  for (const p of journey.cinPlans ?? []) {
    add(p.startDate, 'child_in_need', 'cinPlans', p.id, 'Child in need plan started');
    add(p.endDate, 'child_in_need', 'cinPlans', p.id, 'Child in need plan ended', labelIn(PLAN_END_REASONS, p.endReason));
  }
  for (const r of journey.cinReviews ?? []) add(r.date, 'child_in_need', 'cinReviews', r.id, 'Child in need review');

  for (const v of journey.visits ?? []) {
    const seen = v.childSeenAlone ? 'Child seen alone' : v.childSeen ? 'Child seen' : 'Child not seen';
    add(v.date, 'visit', 'visits', v.id, v.visitType ? labelIn(VISIT_TYPES, v.visitType) : 'Visit', line(seen, v.bedroomSeen && 'Bedroom seen', v.childSaid && `The child said: ${truncate(v.childSaid)}`));
  }
  for (const s of journey.caseSupervisions ?? []) add(s.date, 'supervision', 'caseSupervisions', s.id, 'Case supervision');
  for (const n of journey.caseNotes ?? []) add(n.occurredAt, 'case_note', 'caseNotes', n.id, `${labelIn(CASE_NOTE_KINDS, n.kind)}: ${n.subject}`, truncate(n.text));

  for (const p of journey.periodsOfCare ?? []) {
    add(p.startDate, 'looked_after', 'periodsOfCare', p.id, 'Became looked after');
    add(p.carePlanDate, 'looked_after', 'periodsOfCare', p.id, 'Care plan');
    add(p.permanencePlanDate, 'looked_after', 'periodsOfCare', p.id, 'Permanence plan');
    add(p.endDate, 'looked_after', 'periodsOfCare', p.id, 'Stopped being looked after', labelIn(REASONS_EPISODE_CEASED, p.reasonCeased));
  }
  for (const s of journey.legalStatuses ?? []) {
    const id = `${s.code} from ${s.startDate}`;
    const name = labelIn(LEGAL_STATUSES, s.code);
    add(s.startDate, 'looked_after', 'legalStatuses', id, `Legal status: ${name}`, `SSDA903 code ${s.code}`);
    add(s.endDate, 'looked_after', 'legalStatuses', id, `Legal status ended: ${name}`, `SSDA903 code ${s.code}`);
  }
  for (const p of journey.placements ?? []) {
    const where = line(
      `${labelIn(PLACEMENT_TYPES, p.typeCode)} (${p.typeCode})`,
      PLACED_WITH[p.placedWith] && `Placed ${PLACED_WITH[p.placedWith]}`,
      p.longTermUntil18 && 'Long-term placement to 18',
      p.providerCode && `Provider: ${labelIn(PLACEMENT_PROVIDERS, p.providerCode)}`,
      p.registered === false && 'Not registered with Ofsted',
    );
    add(p.startDate, 'looked_after', 'placements', p.id, 'Placement started', where);
    add(p.placementPlanDate, 'looked_after', 'placements', p.id, 'Placement plan');
    add(p.fullApprovalDate, 'looked_after', 'placements', p.id, 'Carer fully approved as a foster carer');
    add(p.secureFrom, 'looked_after', 'placements', p.id, 'Secure accommodation started');
    add(p.secureCourtOrderAt, 'looked_after', 'placements', p.id, 'Secure accommodation order made');
    add(p.endDate, 'looked_after', 'placements', p.id, 'Placement ended', line(p.reasonForChange && `Reason: ${labelIn(REASONS_PLACEMENT_CHANGE, p.reasonForChange)}`, where));
  }
  for (const r of journey.claReviews ?? []) {
    add(r.date, 'looked_after', 'claReviews', r.id, 'Looked after review', line(r.chairName && `Chaired by ${r.chairName}`, r.participationCode && labelIn(REVIEW_PARTICIPATION, r.participationCode)));
  }
  for (const h of journey.healthAssessments ?? []) add(h.date, 'looked_after', 'healthAssessments', h.id, h.kind === 'initial' ? 'Initial health assessment' : 'Review health assessment');
  for (const p of journey.personalEducationPlans ?? []) add(p.date, 'looked_after', 'personalEducationPlans', p.id, 'Personal education plan');
  for (const h of journey.healthChecks ?? []) {
    if (h.kind === 'sdq') {
      const scored = h.sdqScore !== null && h.sdqScore !== undefined;
      add(h.date, 'looked_after', 'healthChecks', h.id, scored ? `SDQ score ${h.sdqScore}` : 'SDQ', line('Strengths and Difficulties Questionnaire', scored && sdqBand(h.sdqScore!)));
    } else if (h.kind === 'immunisations') {
      add(h.date, 'looked_after', 'healthChecks', h.id, h.upToDate === true ? 'Immunisations up to date' : h.upToDate === false ? 'Immunisations not up to date' : 'Immunisations checked');
    } else {
      add(h.date, 'looked_after', 'healthChecks', h.id, h.kind === 'dental' ? 'Dental check' : 'Sight test');
    }
  }
  for (const c of journey.iroContacts ?? []) add(c.date, 'looked_after', 'iroContacts', c.id, IRO_CONTACT_NOUNS[c.kind], c.notes ? truncate(c.notes) : '');
  for (const e of journey.iroEscalations ?? []) {
    add(e.raisedDate, 'looked_after', 'iroEscalations', e.id, `IRO escalation raised (${ESCALATION_STAGE_NAMES[e.stage]})`, line(e.escalatedTo && `Escalated to ${e.escalatedTo}`, truncate(e.concern)));
    add(e.resolvedDate, 'looked_after', 'iroEscalations', e.id, 'IRO escalation resolved', e.outcome ? truncate(e.outcome) : '');
  }
  for (const o of journey.advocacyOffers ?? []) {
    const who = o.kind === 'advocate' ? 'Advocate' : 'Independent visitor';
    add(o.offeredDate, 'looked_after', 'advocacyOffers', o.id, `${who} offered: ${label(ADVOCACY_OUTCOMES, o.outcome)}`);
    add(o.startDate, 'looked_after', 'advocacyOffers', o.id, `${who} started with the child`);
    add(o.endDate, 'looked_after', 'advocacyOffers', o.id, `${who} finished with the child`);
  }

  for (const m of journey.missingEpisodes ?? []) {
    const away = m.type === 'away';
    add(
      m.startAt, 'missing', 'missingEpisodes', m.id, away ? `Away${m.fromCare ? ' from placement' : ' from home'} without agreement` : `Missing${m.fromCare ? ' from care' : ' from home'}`,
      line(m.reportedBy && `Reported by ${m.reportedBy}`, m.policeReference && `Police reference ${m.policeReference}`),
    );
    add(
      m.returnedAt, 'missing', 'missingEpisodes', m.id, away ? 'Came back' : 'Returned or found',
      line(m.whereFound && `Found at ${truncate(m.whereFound)}`, m.withWhom && `With ${truncate(m.withWhom)}`),
    );
    const offeredBy = m.interviewOfferedBy ? `Offered by ${m.interviewOfferedBy}${m.interviewOrganisation ? ` (${m.interviewOrganisation})` : ''}` : m.interviewOrganisation ? `Offered by ${m.interviewOrganisation}` : '';
    const independence = m.offeredByIndependentPerson === false ? 'Not offered by an independent person' : m.offeredByIndependentPerson ? 'Offered by an independent person' : '';
    add(m.returnInterviewOfferedAt, 'missing', 'missingEpisodes', m.id, m.returnInterviewDeclined ? 'Return interview offered: declined' : 'Return interview offered', line(offeredBy, independence));
    add(m.returnInterviewCompletedAt, 'missing', 'missingEpisodes', m.id, 'Return interview completed', m.childSaid ? `The child said: ${truncate(m.childSaid)}` : '');
  }
  for (const x of journey.exploitationScreenings ?? []) {
    const level = (risk: string): string => labelIn(RISK_LEVELS, risk).toLowerCase();
    add(
      x.date, 'missing', 'exploitationScreenings', x.id, `Exploitation risk screening: CSE ${level(x.sexualExploitationRisk)}, CCE ${level(x.criminalExploitationRisk)}`,
      line(
        x.assessedBy && `Assessed by ${x.assessedBy}`,
        (x.locations ?? []).length > 0 && `Locations: ${(x.locations ?? []).map((t) => t.trim()).join(', ')}`,
        (x.associates ?? []).length > 0 && `Associates: ${(x.associates ?? []).map((t) => t.trim()).join(', ')}`,
        x.notes && truncate(x.notes),
      ),
    );
  }

  for (const p of journey.preProceedings ?? []) {
    add(p.legalGatewayDate, 'court', 'preProceedings', p.id, 'Legal gateway meeting');
    add(p.letterDate, 'court', 'preProceedings', p.id, 'Letter before proceedings');
    add(p.meetingDate, 'court', 'preProceedings', p.id, 'Pre-proceedings meeting');
    add(p.endDate, 'court', 'preProceedings', p.id, 'Pre-proceedings ended', label(PRE_PROCEEDINGS_OUTCOMES, p.outcome));
  }
  for (const p of journey.proceedings ?? []) {
    add(p.issueDate, 'court', 'proceedings', p.id, 'Care proceedings issued');
    for (const h of p.hearings ?? []) add(h.date, 'court', 'proceedings', p.id, `Court hearing: ${h.kind.trim()}`);
    add(p.finalOrderDate, 'court', 'proceedings', p.id, p.finalOrder ? `Final order: ${p.finalOrder}` : 'Final order');
  }
  for (const o of journey.emergencyProtectionOrders ?? []) {
    add(o.grantedAt, 'court', 'emergencyProtectionOrders', o.id, 'Emergency protection order made', line(o.court && `Court: ${o.court}`, `Ends ${formatDateTime(o.expiresAt)}`));
    add(o.extendedTo ? o.expiresAt : null, 'court', 'emergencyProtectionOrders', o.id, 'Emergency protection order extended', o.extendedTo ? `To ${formatDateTime(o.extendedTo)}` : '');
    add(o.dischargedAt, 'court', 'emergencyProtectionOrders', o.id, 'Emergency protection order discharged');
  }
  for (const pp of journey.policeProtections ?? []) {
    add(pp.startAt, 'court', 'policeProtections', pp.id, 'Taken into police protection', line(pp.policeReference && `Police reference ${pp.policeReference}`, pp.designatedOfficer && `Designated officer: ${pp.designatedOfficer}`));
    add(pp.endedAt, 'court', 'policeProtections', pp.id, 'Police protection ended', pp.childWentTo ? `The child went to ${truncate(pp.childWentTo)}` : '');
  }
  const adoption = journey.adoption;
  if (adoption) {
    add(adoption.decisionDate, 'court', 'adoption', 'adoption', 'Decision that the child should be placed for adoption');
    add(adoption.placementOrderDate, 'court', 'adoption', 'adoption', 'Placement order made');
    add(adoption.matchedDate, 'court', 'adoption', 'adoption', 'Matched with adopters');
    add(adoption.placedDate, 'court', 'adoption', 'adoption', 'Moved in with the adopters');
    add(adoption.adoptionOrderDate, 'court', 'adoption', 'adoption', 'Adoption order made');
    add(adoption.decisionReversedDate, 'court', 'adoption', 'adoption', 'Adoption decision reversed', adoption.decisionReversedReason ? truncate(adoption.decisionReversedReason) : '');
  }

  const leaver = journey.careLeaver;
  if (leaver) {
    add(leaver.eligibleFrom, 'care_leaver', 'careLeaver', 'careLeaver', 'Became a care leaver', `Status: ${label(CARE_LEAVER_ELIGIBILITY, leaver.eligibility)}`);
    add(leaver.needsAssessmentDate, 'care_leaver', 'careLeaver', 'careLeaver', 'Leaving care needs assessment');
    add(leaver.personalAdviserAllocatedDate, 'care_leaver', 'careLeaver', 'careLeaver', 'Personal adviser allocated');
    add(leaver.pathwayPlanDate, 'care_leaver', 'careLeaver', 'careLeaver', 'Pathway plan');
    for (const date of leaver.pathwayPlanReviewDates ?? []) add(date, 'care_leaver', 'careLeaver', 'careLeaver', 'Pathway plan review');
    add(
      leaver.latestContactDate, 'care_leaver', 'careLeaver', 'careLeaver', 'Latest contact with the young person',
      line(
        leaver.personalAdviserName && `Personal adviser: ${leaver.personalAdviserName}`,
        leaver.inTouchCode && `In touch: ${labelIn(IN_TOUCH, leaver.inTouchCode)}`,
        leaver.activityCode && `Activity: ${labelIn(ACTIVITIES, leaver.activityCode)}`,
        leaver.accommodationCode && `Accommodation: ${labelIn(ACCOMMODATION, leaver.accommodationCode)}`,
      ),
    );
    add(leaver.healthHistoryGivenDate, 'care_leaver', 'careLeaver', 'careLeaver', 'Health history given to the young person');
    for (const item of leaver.localOfferToldOf ?? []) add(item.toldDate, 'care_leaver', 'careLeaver', 'careLeaver', `Told of the local offer: ${item.entitlement.trim()}`);
    add(leaver.endDate, 'care_leaver', 'careLeaver', 'careLeaver', 'Leaving care support ended');
  }
  for (const f of journey.privateFostering ?? []) {
    add(f.notificationDate, 'care_leaver', 'privateFostering', f.id, 'Private fostering notified');
    for (const date of f.visitDates ?? []) add(date, 'care_leaver', 'privateFostering', f.id, 'Private fostering visit');
    add(f.endDate, 'care_leaver', 'privateFostering', f.id, 'Private fostering arrangement ended');
  }

  // Sort once by a precomputed key; Array.prototype.sort is stable, so equal keys keep the order above.
  const keyed = events.map((event) => ({ event, key: chronologicalKey(event.at) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((k) => k.event);
}
