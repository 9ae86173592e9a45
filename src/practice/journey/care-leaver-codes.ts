// The SSDA903 care leaver code sets (the OC3 table: IN_TOUCH, ACTIV, ACCOM), with the DfE's own labels
// as the standards files give them: ../shared/standards/ssd/objects/ssd_care_leavers.yml (the guidance of
// clea_care_leaver_in_touch, clea_care_leaver_activity, clea_care_leaver_accommodation and
// clea_care_leaver_accom_suitable). Which codes are current is checked against the 903 schema
// (../shared/standards/ssda903/schema-yml: the 2017 base, and SSDA903_schema_2022.diff.yml, which
// replaced ACTIV F3 and P3 with F4, P4, F5 and P5; no later diff touches OC3) and the DfE rule catalogue
// for 2026-27 (../shared/standards/rule-catalogues/903_2026_27_rule_info.csv, rules 131, 132 and 133:
// each must be a valid code).
//
// Code 0 (ACTIV and ACCOM) is in the 903 schema but no standards file labels it. The 903 rules use it
// for "nothing recorded": 344 wants 0 when the young person has died or returned home (DIED, RHOM), and
// 345 refuses 0 when the local authority is in touch (YES). Its label here is a neutral description of
// that use, not DfE text, and says "code 0" so a reader can tell.
//
// Labels are the DfE text. Where that text is very long (accommodation D, E, T, U and Z) it is shortened
// for screens, keeping its meaning: those entries say "shortened" beside them.
import type { CodeSet } from './code-sets.ts';

/** SSDA903 IN_TOUCH: is the local authority in touch with the young person (903 rule 131). */
export const IN_TOUCH: CodeSet = [
  ['YES', 'Yes – in touch'],
  ['NO', 'No – not in touch'],
  ['DIED', 'Died after leaving care'],
  ['REFU', 'Young person refuses contact'],
  ['NREQ', 'Young person no longer requires children’s social care services'],
  ['RHOM', 'Young person returned to live with parents or someone with parental responsibility for a continuous period of 6 months or more'],
];

/**
 * SSDA903 ACTIV: the young person's main activity (903 rule 132). F3 and P3 were replaced in the 2022
 * schema by F4/F5 and P4/P5; the SSD text keeps them, marked "(superseded by F4/F5)". They are kept here
 * so that an older status can be read, and ACTIVITIES_WITHDRAWN lists them for forms and write rules.
 */
export const ACTIVITIES: CodeSet = [
  ['F1', 'Young person engaged full time in higher education (for example studies beyond A level)'],
  ['P1', 'Young person engaged part time in higher education (for example studies beyond A level)'],
  ['F2', 'Young person engaged full time in education other than higher education'],
  ['P2', 'Young person engaged part time in education other than higher education'],
  ['F4', 'Young person engaged full time in an apprenticeship'],
  ['P4', 'Young person engaged part time in an apprenticeship'],
  ['F5', 'Young person engaged full time in training or employment (not apprenticeship)'],
  ['P5', 'Young person engaged part time in training or employment (not apprenticeship)'],
  ['G4', 'Young person not in education, employment or training because of illness or disability'],
  ['G5', 'Young person not in education, employment or training: other circumstances'],
  ['G6', 'Young person not in education, employment or training due to pregnancy or parenting'],
  ['F3', '(superseded by F4/F5) Young person engaged full time in training or employment'],
  ['P3', '(superseded by F4/F5) Young person engaged part time in training or employment'],
  // Not DfE text: no standards file labels code 0 (see the note at the top).
  ['0', 'No activity recorded (code 0)'],
];

/** Activity codes not in the 903 schema since 2022 (SSDA903_schema_2022.diff.yml): not offered, not accepted for a new status. */
export const ACTIVITIES_WITHDRAWN: readonly string[] = ['F3', 'P3'];

/**
 * SSDA903 accommodation types, the letter of ACCOM (ssd_care_leavers.yml clea_care_leaver_accommodation).
 * The letters are those of the 903 schema (2017, unchanged since) and the SSD list: the two agree.
 */
export const ACCOMMODATION_TYPES: CodeSet = [
  ['B', 'With parent(s) or relative(s)'],
  ['C', 'Community home or other form of residential care such as an National Health Service (NHS) establishment'],
  // Shortened: the DfE text adds self-contained accommodation with specialist personal assistance support
  // (for example for young people with disabilities, pregnant young women and single parents).
  ['D', 'Semi-independent, transitional accommodation (like a supported hostel, trainer flats), or self-contained accommodation with specialist personal assistance or floating support'],
  // Shortened: the DfE text explains supported lodgings as "accommodation, usually in a family home, where adult(s) in the ‘host family’ provide formal advice and support".
  ['E', 'Supported lodgings (usually in a family home, where the host family provide formal advice and support)'],
  ['G', 'Gone abroad'],
  ['H', 'Deported'],
  ['K', 'Ordinary lodgings, without formal support'],
  ['R', 'Residence not known'],
  ['S', 'No fixed abode / homeless'],
  ['T', 'Foyers and similar supported accommodation which combines the accommodation with opportunities for education, training or employment'],
  // Shortened: the DfE text gives local authority or housing association tenancy, accommodation provided by a college or university, and flat sharing as examples.
  ['U', 'Independent living, for example independent tenancy of flat, house or bedsit (including local authority, housing association, college or university accommodation and flat sharing)'],
  ['V', 'Emergency accommodation (like a night shelter, direct access or emergency hostel)'],
  ['W', 'Bed and breakfast'],
  ['X', 'In custody'],
  ['Y', 'Other accommodation'],
  // Shortened: the DfE text adds that the plan is for the young person to remain with the former foster
  // family, that the code is not for 17-year-olds (903 rule 3001), and that it is used rather than B when
  // the foster carer is also a relative.
  ['Z', 'With former foster carer(s): fostered immediately before turning 18 and remaining with the same carer(s)'],
];

/** The suitability digit of ACCOM (ssd_care_leavers.yml clea_care_leaver_accom_suitable). */
export const ACCOMMODATION_SUITABILITY: CodeSet = [
  ['1', 'Accommodation is considered suitable'],
  ['2', 'Accommodation is considered unsuitable'],
];

/**
 * SSDA903 ACCOM: the accommodation type's letter and the suitability digit, B1 to Z2, and 0 (903 rule
 * 133). Each label is the type's, then whether it is suitable.
 */
export const ACCOMMODATION: CodeSet = [
  ...ACCOMMODATION_TYPES.flatMap(([letter, label]) => [
    [`${letter}1`, `${label}: suitable`] as const,
    [`${letter}2`, `${label}: not suitable`] as const,
  ]),
  // Not DfE text: no standards file labels code 0 (see the note at the top).
  ['0', 'No accommodation recorded (code 0)'],
];

/** Whether an ACCOM code says the accommodation is suitable: true (digit 1), false (digit 2), null for 0, blank or unknown. */
export function accommodationSuitable(code: string | null | undefined): boolean | null {
  if (!code || !ACCOMMODATION.some(([c]) => c === code) || code === '0') return null;
  return code.endsWith('1');
}

/**
 * The levels of an exploitation risk screening (missing.ts ExploitationScreening). Lantern's own scale,
 * not a DfE code set: the standards files hold no exploitation risk levels, so the labels are plain words.
 */
export const RISK_LEVELS: CodeSet = [
  ['none', 'None'],
  ['low', 'Low'],
  ['medium', 'Medium'],
  ['high', 'High'],
];
