// Code lists for prospective adopters, as the LIIA Annex A List 11 ("Adopters") columns define them
// (../shared/standards/annex-a/liia_pipeline_Annex_A_schema.yml, `list_11:`). Lantern stores a short
// code; `annexA` is the value List 11 expects, so a return can be built from the stored code directly.
// Ethnicity uses the DfE ethnicity codes (as children's records do): List 11 accepts them and groups them.
import type { CodeSet } from '../journey/code-sets.ts';
import { ETHNICITY_LABELS } from '../identity/codes.ts';

/** List 11 "Gender" (shared with List 1). */
export const ADOPTER_GENDERS: CodeSet = [
  ['male', 'Male'],
  ['female', 'Female'],
  ['neither', 'Neither (identifies as neither male nor female)'],
  ['not_recorded', 'Not stated or not recorded'],
];
export const GENDER_ANNEX_A: Record<string, string> = { male: 'a) Male', female: 'b) Female', not_recorded: 'c) Not stated/recorded', neither: 'd) Neither' };

/** List 11 "Disability": yes, no, or not known (refused or not yet obtained). */
export const ADOPTER_DISABILITY: CodeSet = [
  ['no', 'No'],
  ['yes', 'Yes'],
  ['unknown', 'Not known'],
];
export const DISABILITY_ANNEX_A: Record<string, string> = { no: 'No', yes: 'Yes', unknown: 'Unknown' };

export const ADOPTER_ETHNICITIES: CodeSet = Object.entries(ETHNICITY_LABELS).map(([code, label]) => [code, label] as const);

/** List 11 "Reason for leaving adoption process". */
export const LEAVING_REASONS: CodeSet = [
  ['withdrew', 'The prospective adopter withdrew'],
  ['on_hold', 'The process was put on hold'],
  ['refused', 'The application was refused'],
];
export const LEAVING_REASON_ANNEX_A: Record<string, string> = { withdrew: 'a) Withdrew', on_hold: 'b) Process on hold', refused: 'c) Application refused' };

export const isCodeIn = (set: CodeSet, code: string | null | undefined): boolean => code != null && set.some(([c]) => c === code);
