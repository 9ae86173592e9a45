// Writes a synthetic LA through the application role, in one transaction per LA, in batches.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import { withTenant, type Tx } from '../store/tenant.ts';
import { hashPassword } from '../access/password.ts';
import { DEMO_PASSWORD, type SyntheticLocalAuthority } from './generate.ts';
import { insertJourneyRecords } from '../store/journeys/journey-records.ts';
import { storeClocksOf } from '../store/clocks/recompute-clocks.ts';
import { Random } from './random.ts';
import { columnsOf } from '../store/adopters/adopter-household-row.ts';

const BATCH = 1000;

async function insertInBatches<Row>(rows: Row[], insert: (batch: Row[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

/**
 * Loads the LA, then its children's journey records, then computes every child's clocks as at `now`
 * in the same transaction (a write that touches a child recomputes its clocks).
 */
export async function loadLocalAuthority(db: Kysely<Database>, la: SyntheticLocalAuthority, now: Date = new Date()): Promise<void> {
  // Each demo account still gets its own salt; hashing is the slow part, so do those few in parallel.
  const demoHashes = new Map(await Promise.all(la.staff.filter((s) => s.demo).map(async (s) => [s.id, await hashPassword(DEMO_PASSWORD)] as const)));
  await withTenant(db, la.id, async (tx: Tx) => {
    const id = la.id;
    await tx.insertInto('local_authority').values({ id, name: la.name, dfe_code: la.dfeCode }).execute();
    await insertInBatches(la.teams, (b) => tx.insertInto('team').values(b.map((t) => ({ local_authority_id: id, id: t.id, name: t.name, service_area: t.serviceArea, establishment: t.establishment ?? null }))).execute());
    await insertInBatches(la.staff, (b) =>
      tx
        .insertInto('staff_user')
        .values(
          b.map((s) => ({
            local_authority_id: id,
            id: s.id,
            username: s.username,
            display_name: s.displayName,
            job_title: s.jobTitle,
            team_id: s.teamId,
            employment_type: s.employmentType,
            asye: s.asye,
            asye_start_date: s.asyeStartDate ?? null,
            password_hash: demoHashes.get(s.id) ?? null,
            started_on: s.startedOn ?? null,
            left_on: s.leftOn ?? null,
            // A leaver cannot sign in.
            disabled_at: s.leftOn ? `${s.leftOn}T18:00:00Z` : null,
          })),
        )
        .execute(),
    );
    await insertInBatches(la.staff.flatMap((s) => s.roles.map((role) => ({ local_authority_id: id, staff_user_id: s.id, role }))), (b) => tx.insertInto('staff_role').values(b).execute());
    await insertInBatches(la.staff, (b) => tx.insertInto('account_directory').values(b.map((s) => ({ username: s.username, local_authority_id: id, staff_user_id: s.id }))).execute());
    await insertInBatches(la.children, (b) =>
      tx
        .insertInto('child')
        .values(
          b.map((c) => ({
            local_authority_id: id,
            id: c.id,
            child_reference: c.childReference,
            given_name: c.givenName,
            family_name: c.familyName,
            date_of_birth: c.dateOfBirth,
            expected_date_of_birth: c.expectedDateOfBirth,
            sex: c.sex,
            ethnicity: c.ethnicity,
            nhs_number: c.nhsNumber,
            upn: c.upn,
            disabilities: c.disabilities,
            first_language: c.firstLanguage,
            unaccompanied_asylum_seeking: c.uasc,
          })),
        )
        .execute(),
    );
    await insertInBatches(la.addresses, (b) =>
      tx.insertInto('child_address').values(b.map((a) => ({ local_authority_id: id, id: a.id, child_id: a.childId, line_1: a.line1, town: a.town, postcode: a.postcode, start_date: a.startDate, end_date: a.endDate }))).execute(),
    );
    await insertInBatches(la.familyLinks, (b) =>
      tx.insertInto('family_link').values(b.map((f) => ({ local_authority_id: id, child_id: f.childId, related_child_id: f.relatedChildId, relationship: f.relationship }))).execute(),
    );
    await insertInBatches(la.allocations, (b) =>
      tx
        .insertInto('allocation')
        .values(b.map((a) => ({ local_authority_id: id, id: a.id, child_id: a.childId, worker_id: a.workerId, team_id: a.teamId, start_date: a.startDate, end_date: a.endDate, end_reason: a.endReason })))
        .execute(),
    );
    // Records without ids of their own (legal statuses, adoption, care-leaver status) get deterministic ones.
    const ids = new Random(la.children.length + 7);
    await insertJourneyRecords(tx, id, la.journeys, () => ids.uuid());
    await insertInBatches(la.submissions, (b) =>
      tx
        .insertInto('contact_submission')
        .values(
          b.map((s) => ({
            local_authority_id: id,
            id: s.id,
            reference: s.reference,
            submitted_by: s.submittedBy,
            submitted_at: s.submittedAt,
            referrer_name: s.referrerName,
            referrer_agency: s.referrerAgency,
            referrer_phone: s.referrerPhone,
            source_code: s.sourceCode,
            child_given_name: s.childGivenName,
            child_family_name: s.childFamilyName,
            child_date_of_birth: s.childDateOfBirth,
            child_address: s.childAddress,
            concerns: s.concerns,
            family_aware: s.familyAware,
            status: 'received' as const,
            child_id: null,
            contact_key: null,
          })),
        )
        .execute(),
    );
    await insertInBatches(la.adopterHouseholds, (b) =>
      tx.insertInto('adopter_household').values(b.map((h) => ({ local_authority_id: id, id: h.id, family_reference: h.familyReference, ...columnsOf(h), created_by: null, updated_by: null }))).execute(),
    );
    await insertInBatches(la.localOffer.map((e, position) => ({ ...e, position })), (b) =>
      tx.insertInto('local_offer_entitlement').values(b.map((e) => ({ local_authority_id: id, id: e.id, title: e.title, description: e.description, position: e.position }))).execute(),
    );
    await insertInBatches(la.workerSupervisions, (b) =>
      tx
        .insertInto('worker_supervision')
        .values(
          b.map((w) => ({
            local_authority_id: id,
            id: w.id,
            worker_id: w.workerId,
            supervisor_id: w.supervisorId,
            session_date: w.sessionDate,
            kind: w.kind,
            reflective_summary: w.reflectiveSummary,
            wellbeing_discussed: w.wellbeingDiscussed,
            workload_discussed: w.workloadDiscussed,
            children_discussed: w.childrenDiscussed,
            note: w.note,
            created_by: w.supervisorId,
          })),
        )
        .execute(),
    );
    // The journeys are in hand: compute their clocks from them rather than reading them back.
    await storeClocksOf(tx, id, la.journeys, now);
  });
}

/** Whether any local authority exists yet (the first start loads one). */
export async function hasAnyLocalAuthority(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('account_directory').select('username').limit(1).executeTakeFirst();
  return row !== undefined;
}
