// Lantern's codes as the children in need census writes them. The spec is the DfE schema
// ../shared/standards/cin/xsd/CIN_schema_2026.xsd (the 2025-26 guide is not in the repository); rule
// numbers are from ../shared/standards/rule-catalogues/cin_2025_26_rule_info.csv. Every function here
// returns a value the XSD enumeration allows, or null where the element is optional and Lantern has
// nothing the schema would accept.
import { ASSESSMENT_FACTORS, CLOSURE_REASONS, PRIMARY_NEEDS, REFERRAL_SOURCES, codesOf } from '../../practice/journey/code-sets.ts';
import { DISABILITY_LABELS, ETHNICITY_LABELS } from '../../practice/identity/codes.ts';
import type { CpPlan } from '../../practice/journey/child-protection.ts';

/** XSD sextype: M, F, U. Lantern (SSD ssd003): 0 not yet born, 1 male, 2 female, 9 indeterminate. */
export function censusSex(sex: string, unborn: boolean): 'M' | 'F' | 'U' {
  // Rule 8750: "Sex must equal U for an unborn child", whatever the record says.
  if (unborn) return 'U';
  if (sex === '1') return 'M';
  if (sex === '2') return 'F';
  // '9' (indeterminate) and '0' on a child with a date of birth: the XSD's only other value is U (unknown).
  return 'U';
}

/**
 * XSD unknownupntype UN1..UN7, for a child with no UPN. The 2026 XSD carries no labels for these codes;
 * what they mean comes from the rule catalogue (8770Q: UN1 is not for a child of school age, which the
 * validator takes as 6 or over at the reference date; 8772: UN7 is "referral with no further action") and
 * the SSD's upn_unknown.yml (UN1 not of school age and not yet assigned a UPN; UN2 never attended a
 * maintained school in England, "for example, some UASC"; UN4 UPN not yet known at the time of the return).
 * Lantern records no reason a UPN is missing, so this is inferred, most specific first.
 */
export function censusUpnUnknown(input: { ageOnReferenceDate: number | null; uasc: boolean; everyEpisodeNfa: boolean }): 'UN1' | 'UN2' | 'UN4' | 'UN7' {
  // Unborn children (age null) and children under 6 are not of school age.
  if (input.ageOnReferenceDate === null || input.ageOnReferenceDate < 6) return 'UN1';
  // Rule 8772: UN7 only when no episode went on to further action.
  if (input.everyEpisodeNfa) return 'UN7';
  if (input.uasc) return 'UN2';
  // The conservative choice: the UPN is not known to us at the time of the return (the LA should find it).
  return 'UN4';
}

const ETHNICITIES = new Set(Object.keys(ETHNICITY_LABELS));
/** XSD ethnicitytype (mandatory). The child table holds only these codes; anything else is "not yet obtained". */
export const censusEthnicity = (code: string): string => (ETHNICITIES.has(code) ? code : 'NOBT');

const DISABILITIES = new Set(Object.keys(DISABILITY_LABELS));
/**
 * XSD disabilitytype, each code once (rule 8794), NONE only on its own (rule 8790). An empty list means
 * "not recorded" in Lantern, so the optional Disabilities element is left out rather than claiming NONE.
 */
export function censusDisabilities(codes: readonly string[]): string[] {
  const known = [...new Set(codes.filter((c) => DISABILITIES.has(c)))];
  return known.length > 1 ? known.filter((c) => c !== 'NONE') : known;
}

const SOURCES = new Set(codesOf(REFERRAL_SOURCES));
/** XSD referralsourcetype (mandatory). Lantern's sourceCode is optional: a missing or unknown one is "10" (UNKNOWN). */
export const censusReferralSource = (code: string | null | undefined): string => (code && SOURCES.has(code) ? code : '10');

// The XSD also has N0 "Not stated", which Lantern's PRIMARY_NEEDS list does not offer but its schema allows.
const NEEDS = new Set([...codesOf(PRIMARY_NEEDS), 'N0']);
/** XSD primaryneedcodetype (optional). */
export const censusPrimaryNeed = (code: string | null | undefined): string | null => (code && NEEDS.has(code) ? code : null);

const CLOSURES = new Set(codesOf(CLOSURE_REASONS));
/** XSD reasonforclosuretype RC1..RC9 (optional in the XSD; rule 8805 wants one with every closure date). */
export const censusClosureReason = (code: string | null | undefined): string | null => (code && CLOSURES.has(code) ? code : null);

// The 2026 XSD keeps 18A and 19A "due to client request" although Lantern offers only 18B/18C and 19B/19C.
const FACTORS = new Set([...codesOf(ASSESSMENT_FACTORS), '18A', '19A']);
/** XSD assessmentfactorstype, each code once (rule 8898); "21" (no factors) only on its own (rule 8869). */
export function censusAssessmentFactors(codes: readonly string[]): string[] {
  const known = [...new Set(codes.filter((c) => FACTORS.has(c)))];
  return known.length > 1 ? known.filter((c) => c !== '21') : known;
}

/** XSD categoryofabusetype. */
export const CATEGORY_OF_ABUSE: Record<CpPlan['initialCategory'], 'NEG' | 'EMO' | 'PHY' | 'SAB' | 'MUL'> = {
  neglect: 'NEG',
  emotional: 'EMO',
  physical: 'PHY',
  sexual: 'SAB',
  multiple: 'MUL',
};

/** XSD yesnotype: "0" false, "1" true. */
export const yesNo = (value: boolean): '0' | '1' => (value ? '1' : '0');

/**
 * The codes the census writes, as sets, for reading a census file back (read-cin-census.ts): a file is
 * read with the same code lists it is written with, so an imported code is one Lantern can return.
 */
export const CENSUS_CODES: Readonly<Record<'referralSource' | 'primaryNeed' | 'closureReason' | 'assessmentFactor' | 'ethnicity' | 'disability', ReadonlySet<string>>> = {
  referralSource: SOURCES,
  primaryNeed: NEEDS,
  closureReason: CLOSURES,
  assessmentFactor: FACTORS,
  ethnicity: ETHNICITIES,
  disability: DISABILITIES,
};
