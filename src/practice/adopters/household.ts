// A prospective adopter household: one or two adopters, and the steps of the two-stage approval
// process and afterwards (Adoption Agencies Regulations 2005, Part 4, as substituted in 2013), with the
// dates LIIA Annex A List 11 asks for. Dates are YYYY-MM-DD; an empty step is null.

/** What a worker records about a household (the form's fields, by the same names). */
export interface AdopterHouseholdDetails {
  adopter1Name: string;
  adopter1Gender: string;
  adopter1Ethnicity: string;
  adopter1Disability: string;
  /** A second adopter (a couple applying together); all null for a single adopter. */
  adopter2Name: string | null;
  adopter2Gender: string | null;
  adopter2Ethnicity: string | null;
  adopter2Disability: string | null;
  /** List 11 "Is the (prospective) adopter fostering for adoption?" */
  fosteringForAdoption: boolean;
  enquiryReceivedOn: string;
  stage1StartedOn: string | null;
  stage1EndedOn: string | null;
  stage2StartedOn: string | null;
  stage2EndedOn: string | null;
  applicationSubmittedOn: string | null;
  approvedOn: string | null;
  matchedOn: string | null;
  placedOn: string | null;
  childrenPlaced: number | null;
  /** Which of the LA's own children were placed, by child reference (optional: a child may be another LA's). */
  placedChildReferences: string[];
  adoptionOrderOn: string | null;
  leftOn: string | null;
  leavingReason: string | null;
}

export interface AdopterHousehold extends AdopterHouseholdDetails {
  id: string;
  /** List 11 "Family identifier": the LA's reference for the household (AF000123). */
  familyReference: string;
  version: number;
}

/** List 11 "Individual adopter identifier": the household's reference and the adopter's place in it. */
export function adopterIdentifiers(household: Pick<AdopterHousehold, 'familyReference' | 'adopter2Name'>): string[] {
  return household.adopter2Name ? [`${household.familyReference}-1`, `${household.familyReference}-2`] : [`${household.familyReference}-1`];
}

export type AdopterStage = 'enquiry' | 'stage_1' | 'between_stages' | 'stage_2' | 'approved' | 'matched' | 'placed' | 'adopted' | 'left';

export const STAGE_LABELS: Record<AdopterStage, string> = {
  enquiry: 'Enquiry',
  stage_1: 'Stage 1',
  between_stages: 'Stage 1 complete',
  stage_2: 'Stage 2',
  approved: 'Approved, waiting for a match',
  matched: 'Matched',
  placed: 'Child placed',
  adopted: 'Adoption order made',
  left: 'Left the process',
};

/** Where the household is now: the latest step recorded. */
export function stageOf(h: AdopterHouseholdDetails): AdopterStage {
  if (h.leftOn) return 'left';
  if (h.adoptionOrderOn) return 'adopted';
  if (h.placedOn) return 'placed';
  if (h.matchedOn) return 'matched';
  if (h.approvedOn) return 'approved';
  if (h.stage2StartedOn) return 'stage_2';
  if (h.stage1EndedOn) return 'between_stages';
  if (h.stage1StartedOn) return 'stage_1';
  return 'enquiry';
}
