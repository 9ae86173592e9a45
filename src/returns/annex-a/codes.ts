// Lantern's codes as Annex A values: each value is a category `code` of the LIIA schema
// (../shared/standards/annex-a/liia_pipeline_Annex_A_schema.yml) or one of the names the schema lists
// for it (Yes/No, the DfE ethnicity codes), so LIIA's tools and Ofsted read them as they are. The
// codes.test.ts check looks every value up in the schema file. Curly apostrophes and the double space
// in "Freed for  Adoption" are the schema's own.
import type { CpPlan } from '../../practice/journey/child-protection.ts';
import { ETHNICITY_LABELS } from '../../practice/identity/codes.ts';

/** Gender (every list): SSD sex 1 male, 2 female; 0 (not yet born) and 9 (indeterminate) are listed by the schema under c). */
export function annexAGender(sex: string): string {
  if (sex === '1') return 'a) Male';
  if (sex === '2') return 'b) Female';
  return 'c) Not stated/recorded';
}

/** Ethnicity: the DfE code, which the schema lists under its groups (as List 11 does for adopters); else NOBT. */
export const annexAEthnicity = (code: string): string => (code in ETHNICITY_LABELS ? code : 'NOBT');

/** Disability: NONE alone is No; any other DfE disability code is Yes; nothing recorded is Unknown. */
export function annexADisability(codes: readonly string[]): string {
  if (codes.length === 0) return 'Unknown';
  return codes.every((c) => c === 'NONE') ? 'No' : 'Yes';
}

export const yesNo = (value: boolean | null | undefined): string => (value === true ? 'Yes' : value === false ? 'No' : '');
export const yesNoUnknown = (value: boolean | null | undefined): string => (value === true ? 'Yes' : value === false ? 'No' : 'Unknown');

/** Contact and Referral Source from the CIN census source code (1A..10). */
export function annexASource(code: string | null | undefined): string {
  if (!code) return 'k) Unknown';
  if (code.startsWith('1')) return code === '10' ? 'k) Unknown' : 'a) Individual';
  if (code === '2A') return 'b) Schools';
  if (code.startsWith('2')) return 'c) Education services';
  if (code.startsWith('3')) return 'd) Health services';
  if (code === '4') return 'e) Housing';
  if (code.startsWith('5')) return 'f) LA services';
  return ({ '6': 'g) Police', '7': 'h) Other legal agency', '8': 'i) Other', '9': 'j) Anonymous' } as Record<string, string>)[code] ?? 'k) Unknown';
}

/** Primary Need Code (List 6) and Child's Category of Need (List 8): CIN census N0..N9. */
const NEED: Record<string, string> = {
  N1: 'a) Abuse or neglect', N2: "b) Child's disability", N3: 'c) Parents illness or disability', N4: 'd) Family in acute stress',
  N5: 'e) Family dysfunction', N6: 'f) Socially unacceptable behaviour', N7: 'g) Low income', N8: 'h) Absent parenting',
  N9: 'i) Not CIN', N0: 'j) Not stated',
};
export const annexANeed = (code: string | null | undefined): string => (code ? NEED[code] ?? 'j) Not stated' : 'j) Not stated');

/** Reason for Closure (List 6): CIN census RC1..RC9 (RC8 and RC9 both close after assessment). */
const CLOSURE: Record<string, string> = {
  RC1: 'a) Adopted', RC2: 'b) Died', RC3: 'c) Residence Order', RC4: 'd) Special Guardianship Order', RC5: 'e) Transfer to another LA',
  RC6: 'f) Transfer to Adult Social Services', RC7: "g) 'Other' incl. Child no longer in need", RC8: 'h) Child not in need after assessment',
  RC9: 'h) Child not in need after assessment',
};
export const annexAClosureReason = (code: string | null | undefined): string => (code ? CLOSURE[code] ?? 'i) Not Stated' : 'i) Not Stated');

/** Initial and Latest Category of Abuse (List 7). */
export const ABUSE_CATEGORY: Record<CpPlan['initialCategory'], string> = {
  neglect: 'a) Neglect', physical: 'b) Physical Abuse', sexual: 'c) Sexual Abuse', emotional: 'd) Emotional Abuse', multiple: 'e) Multiple',
};

/** Child's Legal Status (List 8), from the SSDA903 code. Short breaks (V3, V4) have no Annex A value: blank. */
const LEGAL_STATUS: Record<string, string> = {
  C1: 'a) Interim care orders', C2: 'b) Full care orders', D1: 'c) Freed for  Adoption', E1: 'd) Placement order granted',
  V2: 'e) Accommodated under S20', L1: 'f) Detained on child protection grounds in LA accommodation',
  L2: 'f) Detained on child protection grounds in LA accommodation', L3: 'f) Detained on child protection grounds in LA accommodation',
  J1: 'J1: Remanded to LA or youth detention', J2: 'J2: LA accommodation under PACE', J3: 'g) Youth justice legal Statuses',
};
export const annexALegalStatus = (code: string | null | undefined): string => (code ? LEGAL_STATUS[code] ?? '' : '');

/** Reason Ceased to be Looked After (List 8), from the SSDA903 REC code. */
export function annexAReasonCeased(code: string | null | undefined): string {
  if (!code) return '';
  if (code === 'E11' || code === 'E12') return 'a) Adopted';
  if (code === 'E2') return 'b) Died';
  if (code === 'E3') return 'c) Care taken by another LA';
  if (code.startsWith('E4') && code !== 'E41' && code !== 'E45' && code !== 'E46' && code !== 'E47' && code !== 'E48') return 'd) Returned home to live with parents or relatives';
  if (code === 'E13' || code === 'E17') return 'e) Left care to live with parents, relatives or other person with no parental responsibility';
  if (code === 'E41') return 'f) Residence order granted';
  if (['E45', 'E46', 'E47', 'E48'].includes(code)) return 'g) Special Guardianship Orders';
  if (code === 'E5' || code === 'E6') return 'h) Moved into independent living';
  if (code === 'E7') return 'i) Transferred to residential care funded by adult social services';
  if (code === 'E9') return 'j) Sentenced to custody';
  if (code === 'E14') return 'k) Accommodation on remand ended';
  if (code === 'E15') return 'l) Age assessment determined child was 18 or over';
  if (code === 'E16') return 'm) Child moved abroad';
  return 'n) Care ceased for any other reason';
}

/** Placement Type (List 8), from the SSDA903 placement type. Supported accommodation (K3, and H5/P2 before 2025) is the schema's independent living. */
export function annexAPlacementType(code: string): string {
  if (/^A[3-6]$/.test(code)) return 'b) Placed for adoption';
  if (/^U[1-6]$/.test(code)) return 'a) Foster placement';
  if (/^T[0-4]$/.test(code)) return 'o) Temporary placement';
  const map: Record<string, string> = {
    P1: 'c) Placed with parents', P2: 'd) Independent living', H5: 'd) Independent living', K3: 'd) Independent living',
    P3: 'e) Residential employment', K1: 'g) Secure Children’s Homes', K2: 'h) Children’s Homes', R1: 'i) Residential Care Home',
    R2: 'j) NHS/Health Trust', R3: 'k) Family Centre or Mother and Baby Unit', R5: 'l) Young Offender Institution', S1: 'm) Residential school',
  };
  return map[code] ?? 'n) Other placements';
}

/** Placement Provider (List 8): own provision PR1, private PR4, anything else (parents, other LAs, public, voluntary) other. */
export function annexAProvider(code: string | null | undefined): string {
  if (code === 'PR1') return 'a) Own LA';
  if (code === 'PR4') return 'b) Private';
  return code ? 'c) Other' : '';
}

/** Eligibility Category (List 9). */
export const ELIGIBILITY: Record<string, string> = { relevant: 'a) Relevant', former_relevant: 'b) Former relevant', qualifying: 'c) Qualifying', eligible: 'd) Eligible' };

/** LA in Touch (List 9), from SSDA903 IN_TOUCH: died or returned home for 6 months are outside the measure (Exclude). */
export function annexAInTouch(code: string | null | undefined, inTouch: boolean | null | undefined): string {
  if (code === 'YES') return 'a) In touch';
  if (code === 'NO' || code === 'REFU') return 'b) Not in touch';
  if (code === 'DIED' || code === 'RHOM' || code === 'NREQ') return 'd) Exclude';
  if (inTouch === true) return 'a) In touch';
  if (inTouch === false) return 'b) Not in touch';
  return 'c) Not recorded';
}

/** Type of Accommodation (List 9), from the letter of SSDA903 ACCOM. */
const ACCOMMODATION: Record<string, string> = {
  B: 'a) With parents or relatives', C: 'b) Community home', D: 'c) Semi-independent transitional accommodation', E: 'd) Supported lodgings',
  G: 'e) Gone abroad', H: 'f) Deported', K: 'g) Ordinary lodgings', R: 'h) Residence not known', S: 'i) No fixed abode / homeless', T: 'j) Foyers',
  U: 'k) Independent living', V: 'l) Emergency accommodation', W: 'm) Bed and breakfast', X: 'n) In custody', Y: 'p) Other accommodation',
  Z: 'o) With Former Foster Carer',
};
export const annexAAccommodation = (code: string | null | undefined): string => (code && code !== '0' ? ACCOMMODATION[code[0]!] ?? '' : '');

/** Suitability of Accommodation (List 9), from the digit of ACCOM. */
export function annexASuitability(code: string | null | undefined, inTouch: string): string {
  if (code && /^[A-Z]1$/.test(code)) return 'a) Suitable';
  if (code && /^[A-Z]2$/.test(code)) return 'b) Not suitable';
  return inTouch === 'd) Exclude' ? 'd) Exclude' : 'c) Not in touch or not recorded';
}

/** Activity Status (List 9), from SSDA903 ACTIV (F3/P3 are the pre-2022 codes, still in the schema). */
const ACTIVITY: Record<string, string> = {
  F1: 'F1: Full time in higher education', P1: 'P1: Part time in higher education',
  F2: 'F2: Full time in education other than higher', P2: 'P2: Part time in education other than higher',
  F3: 'F3: Full time in training or employment', P3: 'P3: Part time in training or employment',
  F4: 'F4: Young person engaged full time in an apprenticeship', P4: 'P4: Young person engaged part time in an apprenticeship',
  F5: 'F5: Young person engaged full time in training or employment (not apprenticeship)',
  P5: 'P5: Young person engaged part time in training or employment (not apprenticeship)',
  G4: 'G4: Not in education, employment or training - illness or disability', G5: 'G5: Not in education, employment or training - other',
  G6: 'G6: Not in education, employment or training - pregnancy or parenting',
};
export const annexAActivity = (code: string | null | undefined): string => (code ? ACTIVITY[code] ?? '' : '');

/**
 * Reason Why Child No Longer Placed for Adoption (List 10), read from the recorded reason as the SSDA903
 * export reads it (RD1 needs changed, RD2 no placement order, RD3 no adopters, RD4 any other).
 */
export function annexANoLongerPlacedReason(reason: string | null | undefined): string {
  const r = (reason ?? '').toLowerCase();
  const rd = /\brd([1-4])\b/.exec(r)?.[1];
  if (rd === '1' || (!rd && /need/.test(r))) return 'a) Child’s needs changed';
  if (rd === '2' || (!rd && /placement order|court/.test(r))) return 'b) Court did not make a PO';
  if (rd === '3' || (!rd && /adopter/.test(r))) return 'c) Prospective adopters cannot be found';
  return 'd) Any other reason';
}
