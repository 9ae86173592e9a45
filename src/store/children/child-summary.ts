// Opening a child's record: load the child (within the actor's scope), their addresses, family links
// and allocation history in one transaction, and audit the read in that same transaction.
import type { Kysely } from 'kysely';
import type { Actor, RequestOrigin } from '../../access/actor.ts';
import { recordAudit } from '../../access/audit.ts';
import type { Database } from '../schema.ts';
import { withTenant, type Tx } from '../tenant.ts';
import { childInScope } from '../child-scope.ts';
import { clockById } from '../../practice/clocks/catalogue/index.ts';
import { englandDateOf } from '../../practice/clocks/instant.ts';
import { toDayNumber } from '../../practice/calendar/day-number.ts';
import type { CaseFlag } from '../../practice/casework/flags.ts';
import { loadFlagSettings } from '../journeys/flag-settings.ts';
import { loadJourneys } from '../journeys/journey-records.ts';
import { childDataQuality } from '../returns/data-quality.ts';
import type { Finding } from '../../practice/returns-rules/check-child.ts';
import { caseFlags } from '../../practice/casework/flags.ts';
import { childDrift, type ChildDrift } from '../../practice/oversight/drift.ts';
import { adoptionTimeliness, type AdoptionTimeliness } from '../../practice/casework/adoption-timeliness.ts';
import { toInstant } from '../../practice/calendar/clock-hours.ts';
import type { Journey } from '../../practice/journey/journey.ts';
import { loadLocalOffer, notYetToldOf } from '../care-leavers/local-offer.ts';
import { tagsOf } from '../missing/linked-by-tag.ts';

export interface ChildIdentity {
  id: string;
  childReference: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string | null;
  expectedDateOfBirth: string | null;
  sex: string;
  ethnicity: string;
  nhsNumber: string | null;
  upn: string | null;
  disabilities: string[];
  firstLanguage: string;
  unaccompaniedAsylumSeeking: boolean;
  version: number;
}

export interface AllocationView {
  id: string;
  workerId: string;
  workerName: string;
  workerEmploymentType: string;
  teamId: string;
  teamName: string;
  startDate: string;
  endDate: string | null;
  endReason: string | null;
}

export interface AddressView {
  line1: string;
  line2: string;
  town: string;
  postcode: string;
  startDate: string;
  endDate: string | null;
}

export interface FamilyLinkView {
  relationship: string;
  /** Present only when the related child is within the actor's scope too. */
  child: { id: string; givenName: string; familyName: string; dateOfBirth: string | null } | null;
}

/** A clock still running on the child's journey (not met, not stopped). */
export interface OpenClockView {
  clockId: string;
  title: string;
  recordId: string;
  occurrence: number;
  due: string;
  /** As at now: a stored instance past its due date is overdue whatever it said when computed. */
  state: 'upcoming' | 'due_soon' | 'overdue';
}

export interface ChildSummary {
  child: ChildIdentity;
  allocations: AllocationView[];
  addresses: AddressView[];
  familyLinks: FamilyLinkView[];
  openClocks: OpenClockView[];
  /** What a manager must notice (re-referral, drift past 18 months without PLO, missing agencies). */
  flags: CaseFlag[];
  /** The latest exploitation risk screening, if any (the chronology holds the history). */
  exploitationRisk: { date: string; sexual: string; criminal: string; assessedBy: string } | null;
  /** Every place and person named in the child's exploitation screenings (their history), each once: links to "Linked by tag". */
  exploitationTags: { locations: string[]; associates: string[] };
  /** The latest recorded supervision or management oversight of the case, and how long ago. */
  lastOversight: { date: string; days: number } | null;
  /** Adoption scorecard measures (A1, A2, A10) in days, when the child has an adoption record. */
  adoption: AdoptionTimeliness | null;
  /** Days since meaningful progress and actions carried across reviews (practice/oversight/drift.ts). */
  drift: (ChildDrift & { driftDays: number }) | null;
  /** A care leaver's local offer entitlements not yet told of (by name), or null without a care leaver record. */
  localOfferNotTold: string[] | null;
  /** Emergency protection orders and police protection, newest first (court.ts). */
  emergencyProtection: EmergencyProtectionView[];
  /** The DfE validation rules the child's records break today (issue 8; store/returns/data-quality.ts). */
  dataQuality: Finding[];
}

export interface EmergencyProtectionView {
  kind: 'epo' | 'police';
  from: string;
  /** When it ended, or (an order still in force) when it will end. */
  to: string | null;
  inForce: boolean;
  detail: string;
}

/** The record with the latest date on or before `today`, or undefined. */
function latestByDate<T extends { date: string }>(records: readonly T[], today: string): T | undefined {
  let latest: T | undefined;
  for (const r of records) if (r.date <= today && (!latest || r.date > latest.date)) latest = r;
  return latest;
}

export async function loadOpenClocks(tx: Tx, childId: string, today: string): Promise<OpenClockView[]> {
  const rows = await tx
    .selectFrom('clock_instance')
    .select(['clock_id', 'record_id', 'occurrence', 'due', 'due_date', 'state'])
    .where('child_id', '=', childId)
    .where('completed', 'is', null)
    .where('stopped_at', 'is', null)
    .orderBy('due_date')
    .orderBy('clock_id')
    .execute();
  return rows.map((r) => ({
    clockId: r.clock_id,
    title: clockById(r.clock_id)?.title ?? r.clock_id,
    recordId: r.record_id,
    occurrence: r.occurrence,
    due: r.due,
    state: r.due_date < today ? 'overdue' : r.state === 'due_soon' || r.state === 'overdue' ? r.state : 'upcoming',
  }));
}

export async function loadChildInScope(tx: Tx, actor: Actor, childId: string): Promise<ChildIdentity | null> {
  const row = await tx
    .selectFrom('child')
    .selectAll()
    .where('id', '=', childId)
    .where(childInScope(actor))
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    childReference: row.child_reference,
    givenName: row.given_name,
    familyName: row.family_name,
    dateOfBirth: row.date_of_birth,
    expectedDateOfBirth: row.expected_date_of_birth,
    sex: row.sex,
    ethnicity: row.ethnicity,
    nhsNumber: row.nhs_number,
    upn: row.upn,
    disabilities: row.disabilities,
    firstLanguage: row.first_language,
    unaccompaniedAsylumSeeking: row.unaccompanied_asylum_seeking,
    version: row.version,
  };
}

export async function loadAllocations(tx: Tx, childId: string): Promise<AllocationView[]> {
  const rows = await tx
    .selectFrom('allocation as a')
    .innerJoin('staff_user as s', (j) => j.onRef('s.local_authority_id', '=', 'a.local_authority_id').onRef('s.id', '=', 'a.worker_id'))
    .innerJoin('team as t', (j) => j.onRef('t.local_authority_id', '=', 'a.local_authority_id').onRef('t.id', '=', 'a.team_id'))
    .select(['a.id', 'a.worker_id', 's.display_name', 's.employment_type', 'a.team_id', 't.name as team_name', 'a.start_date', 'a.end_date', 'a.end_reason'])
    .where('a.child_id', '=', childId)
    .orderBy('a.start_date', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    workerId: r.worker_id,
    workerName: r.display_name,
    workerEmploymentType: r.employment_type,
    teamId: r.team_id,
    teamName: r.team_name,
    startDate: r.start_date,
    endDate: r.end_date,
    endReason: r.end_reason,
  }));
}

/** Opens a child's summary, or null when the child is not in this LA or not in the actor's scope. */
export async function openChildSummary(
  db: Kysely<Database>,
  actor: Actor,
  origin: RequestOrigin,
  childId: string,
  now: Date,
): Promise<ChildSummary | null> {
  return withTenant(db, actor.localAuthorityId, async (tx) => {
    const child = await loadChildInScope(tx, actor, childId);
    if (!child) return null;
    const allocations = await loadAllocations(tx, childId);
    const addresses = await tx
      .selectFrom('child_address')
      .select(['line_1', 'line_2', 'town', 'postcode', 'start_date', 'end_date'])
      .where('child_id', '=', childId)
      .orderBy('start_date', 'desc')
      .execute();
    const links = await tx
      .selectFrom('family_link as f')
      .leftJoin(
        (eb) => eb.selectFrom('child').select(['id', 'given_name', 'family_name', 'date_of_birth']).where(childInScope(actor)).as('r'),
        (j) => j.onRef('r.id', '=', 'f.related_child_id'),
      )
      .select(['f.relationship', 'r.id', 'r.given_name', 'r.family_name', 'r.date_of_birth'])
      .where('f.child_id', '=', childId)
      .orderBy('r.date_of_birth')
      .execute();
    const openClocks = await loadOpenClocks(tx, childId, englandDateOf(now));
    // The journey once, for the flags and the adoption scorecard measures.
    const [journey] = await loadJourneys(tx, [childId]);
    const { calendar, options, settings } = await loadFlagSettings(tx);
    const today = englandDateOf(now);
    const flags = journey ? caseFlags(journey, today, calendar, options) : [];
    const adoption = journey ? adoptionTimeliness(journey) : null;
    const drift = journey ? { ...childDrift(journey, today), driftDays: settings.driftDays } : null;
    const emergencyProtection = journey ? emergencyProtectionOf(journey, now) : [];
    const localOfferNotTold = journey?.careLeaver ? notYetToldOf(await loadLocalOffer(tx), journey.careLeaver.localOfferToldOf).map((e) => e.title) : null;
    // The latest exploitation screening and the latest case supervision (either kind) up to today,
    // from the journey already in hand.
    const latest = latestByDate(journey?.exploitationScreenings ?? [], today);
    const oversight = latestByDate(journey?.caseSupervisions ?? [], today);
    const lastOversight = oversight ? { date: oversight.date, days: toDayNumber(today) - toDayNumber(oversight.date) } : null;
    const dataQuality = await childDataQuality(tx, childId, today);
    await recordAudit(tx, actor, origin, now, { action: 'read', recordType: 'child', recordId: childId, childId });
    return {
      dataQuality,
      openClocks,
      flags,
      lastOversight,
      adoption,
      drift,
      emergencyProtection,
      exploitationTags: tagsOf(journey?.exploitationScreenings ?? []),
      localOfferNotTold,
      exploitationRisk: latest ? { date: latest.date, sexual: latest.sexualExploitationRisk, criminal: latest.criminalExploitationRisk, assessedBy: latest.assessedBy } : null,
      child,
      allocations,
      addresses: addresses.map((a) => ({
        line1: a.line_1,
        line2: a.line_2,
        town: a.town,
        postcode: a.postcode,
        startDate: a.start_date,
        endDate: a.end_date,
      })),
      familyLinks: links.map((l) => ({
        relationship: l.relationship,
        child: l.id && l.given_name && l.family_name ? { id: l.id, givenName: l.given_name, familyName: l.family_name, dateOfBirth: l.date_of_birth ?? null } : null,
      })),
    };
  });
}

/** The child's emergency protection orders and police protection, newest first, and whether each is in force now. */
export function emergencyProtectionOf(journey: Journey, now: Date): EmergencyProtectionView[] {
  const at = now.getTime();
  const inForce = (from: string, to: string | null | undefined): boolean => toInstant(from) <= at && (!to || at < toInstant(to));
  const views: EmergencyProtectionView[] = [
    ...(journey.emergencyProtectionOrders ?? []).map((o): EmergencyProtectionView => {
      const to = o.dischargedAt ?? o.extendedTo ?? o.expiresAt;
      return { kind: 'epo', from: o.grantedAt, to, inForce: inForce(o.grantedAt, to), detail: [o.court, o.extendedTo ? 'extended' : null, o.dischargedAt ? 'discharged' : null].filter(Boolean).join(', ') };
    }),
    ...(journey.policeProtections ?? []).map((p): EmergencyProtectionView => ({
      kind: 'police', from: p.startAt, to: p.endedAt ?? null, inForce: inForce(p.startAt, p.endedAt), detail: [p.policeReference, p.childWentTo && `went to: ${p.childWentTo}`].filter(Boolean).join(', '),
    })),
  ];
  return views.sort((a, b) => toInstant(b.from) - toInstant(a.from));
}

