// Between an adopter_household row and the domain's household (practice/adopters/household.ts), and the
// clocks that go with it as at today (computed on reading: a household's clocks are few and cheap).
import type { Selectable } from 'kysely';
import type { AdopterHouseholdTable } from '../schema.ts';
import type { AdopterHousehold, AdopterHouseholdDetails } from '../../practice/adopters/household.ts';
import type { RecordProblem } from '../../practice/casework/record-write.ts';
import { checkAdopterHousehold } from '../../practice/adopters/validate-adopter.ts';
import { englandDateOf } from '../../practice/clocks/instant.ts';
import { adopterClocks, type AdopterClockInstance } from '../../practice/adopters/adopter-clocks.ts';
import type { Tx } from '../tenant.ts';
import { loadLocalCalendar, loadLocalStandards } from '../clocks/local-standards.ts';

export type AdopterHouseholdRow = Selectable<AdopterHouseholdTable>;

export function householdOfRow(r: AdopterHouseholdRow): AdopterHousehold {
  return {
    id: r.id,
    familyReference: r.family_reference,
    version: r.version,
    adopter1Name: r.adopter_1_name,
    adopter1Gender: r.adopter_1_gender,
    adopter1Ethnicity: r.adopter_1_ethnicity,
    adopter1Disability: r.adopter_1_disability,
    adopter2Name: r.adopter_2_name,
    adopter2Gender: r.adopter_2_gender,
    adopter2Ethnicity: r.adopter_2_ethnicity,
    adopter2Disability: r.adopter_2_disability,
    fosteringForAdoption: r.fostering_for_adoption,
    enquiryReceivedOn: r.enquiry_received_on,
    stage1StartedOn: r.stage_1_started_on,
    stage1EndedOn: r.stage_1_ended_on,
    stage2StartedOn: r.stage_2_started_on,
    stage2EndedOn: r.stage_2_ended_on,
    applicationSubmittedOn: r.application_submitted_on,
    approvedOn: r.approved_on,
    matchedOn: r.matched_on,
    placedOn: r.placed_on,
    childrenPlaced: r.children_placed,
    placedChildReferences: r.placed_child_references,
    adoptionOrderOn: r.adoption_order_on,
    leftOn: r.left_on,
    leavingReason: r.leaving_reason,
  };
}

/** The columns a household's details are stored in (everything but its identity, version and stamps). */
export function columnsOf(h: AdopterHouseholdDetails) {
  const second = h.adopter2Name ? h : null;
  return {
    adopter_1_name: h.adopter1Name.trim(),
    adopter_1_gender: h.adopter1Gender,
    adopter_1_ethnicity: h.adopter1Ethnicity,
    adopter_1_disability: h.adopter1Disability,
    adopter_2_name: second?.adopter2Name?.trim() ?? null,
    adopter_2_gender: second?.adopter2Gender ?? null,
    adopter_2_ethnicity: second?.adopter2Ethnicity ?? null,
    adopter_2_disability: second?.adopter2Disability ?? null,
    fostering_for_adoption: h.fosteringForAdoption,
    enquiry_received_on: h.enquiryReceivedOn,
    stage_1_started_on: h.stage1StartedOn,
    stage_1_ended_on: h.stage1EndedOn,
    stage_2_started_on: h.stage2StartedOn,
    stage_2_ended_on: h.stage2EndedOn,
    application_submitted_on: h.applicationSubmittedOn,
    approved_on: h.approvedOn,
    matched_on: h.matchedOn,
    placed_on: h.placedOn,
    children_placed: h.childrenPlaced,
    placed_child_references: h.placedChildReferences,
    adoption_order_on: h.adoptionOrderOn,
    left_on: h.leftOn,
    leaving_reason: h.leavingReason,
  };
}

/** A function that evaluates a household's clocks with the LA's standards and calendar, as at `today`. */
export async function adopterClockReader(tx: Tx, today: string): Promise<(h: AdopterHousehold) => AdopterClockInstance[]> {
  const { settings } = await loadLocalStandards(tx);
  const calendar = await loadLocalCalendar(tx);
  return (h) => adopterClocks(h, { asAt: today, settings, calendar });
}

/** Child references that are not children of this LA (RLS keeps the lookup to the actor's LA). */
export async function unknownChildReferences(tx: Tx, references: readonly string[]): Promise<string[]> {
  if (!references.length) return [];
  const found = new Set((await tx.selectFrom('child').select('child_reference').where('child_reference', 'in', references).execute()).map((r) => r.child_reference));
  return references.filter((r) => !found.has(r));
}

export type AdopterWriteResult =
  | { ok: true; id: string; version: number }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'invalid'; problems: RecordProblem[] }
  | { ok: false; reason: 'conflict'; current: AdopterHousehold };

/** The rules (practice/adopters/validate-adopter.ts), and that each named child is one of this LA's. */
export async function problemsOf(tx: Tx, details: AdopterHouseholdDetails, now: Date): Promise<RecordProblem[]> {
  const problems = checkAdopterHousehold(details, englandDateOf(now));
  if (!problems.some((p) => p.field === 'placedChildReferences')) {
    const unknown = await unknownChildReferences(tx, details.placedChildReferences);
    if (unknown.length) problems.push({ field: 'placedChildReferences', message: `No child of this local authority has the reference ${unknown.join(', ')}` });
  }
  return problems;
}
