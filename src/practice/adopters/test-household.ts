// A household for the adopter tests: an enquiry and nothing else, overridable field by field.
import type { AdopterHouseholdDetails } from './household.ts';

export function householdOf(parts: Partial<AdopterHouseholdDetails> = {}): AdopterHouseholdDetails & { id: string } {
  return {
    id: 'household-1',
    adopter1Name: 'Alex Morgan',
    adopter1Gender: 'female',
    adopter1Ethnicity: 'WBRI',
    adopter1Disability: 'no',
    adopter2Name: null,
    adopter2Gender: null,
    adopter2Ethnicity: null,
    adopter2Disability: null,
    fosteringForAdoption: false,
    enquiryReceivedOn: '2026-01-05',
    stage1StartedOn: null,
    stage1EndedOn: null,
    stage2StartedOn: null,
    stage2EndedOn: null,
    applicationSubmittedOn: null,
    approvedOn: null,
    matchedOn: null,
    placedOn: null,
    childrenPlaced: null,
    placedChildReferences: [],
    adoptionOrderOn: null,
    leftOn: null,
    leavingReason: null,
    ...parts,
  };
}
