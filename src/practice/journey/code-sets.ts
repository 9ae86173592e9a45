// The DfE and SSD code sets the front door, assessment and child protection records use, with the
// labels screens show. Sources: ../shared/standards/ssd/categories (referral_source.yml SSD050,
// assessment_factors.yml ssd065, reason_for_closure.yml SSD052, primary_need.yml) and the CIN census
// schema 2026. Where Lantern offers its own short list (agencies at a strategy discussion, visit
// types, how a plan ended) it says so beside the list.

export type CodeSet = readonly (readonly [code: string, label: string])[];

export function labelIn(set: CodeSet, code: string | null | undefined): string {
  if (code === null || code === undefined) return '';
  return set.find(([c]) => c === code)?.[1] ?? code;
}
export const codesOf = (set: CodeSet): string[] => set.map(([c]) => c);

/** CIN census referral source (SSD050 / SSD037); also the source of a contact. */
export const REFERRAL_SOURCES: CodeSet = [
  ['1A', 'Individual: family member, relative or carer'],
  ['1B', 'Individual: acquaintance (including neighbours and child minders)'],
  ['1C', 'Individual: self'],
  ['1D', 'Individual: other'],
  ['2A', 'Schools'],
  ['2B', 'Education services'],
  ['3A', 'Health services: GP'],
  ['3B', 'Health services: health visitor'],
  ['3C', 'Health services: school nurse'],
  ['3D', 'Health services: other primary health services'],
  ['3E', 'Health services: A&E'],
  ['3F', 'Health services: other'],
  ['4', 'Housing'],
  ['5A', 'LA services: social care (for example adult social care)'],
  ['5B', 'LA services: other internal services'],
  ['5C', 'LA services: another local authority'],
  ['5D', 'LA services: early help'],
  ['6', 'Police'],
  ['7', 'Other legal agency (courts, probation, immigration, Cafcass, prison)'],
  ['8', 'Other (children’s centres, voluntary organisations)'],
  ['9', 'Anonymous'],
  ['10', 'Unknown'],
];

/** CIN census primary need (N1–N9). */
export const PRIMARY_NEEDS: CodeSet = [
  ['N1', 'Abuse or neglect'],
  ['N2', 'Child’s disability'],
  ['N3', 'Parental illness or disability'],
  ['N4', 'Family in acute stress'],
  ['N5', 'Family dysfunction'],
  ['N6', 'Socially unacceptable behaviour'],
  ['N7', 'Low income'],
  ['N8', 'Absent parenting'],
  ['N9', 'Cases other than children in need'],
];

/** CIN census factors identified at the end of assessment (ssd065). */
export const ASSESSMENT_FACTORS: CodeSet = [
  ['1A', 'Alcohol misuse: alcohol misuse by the child'],
  ['1B', 'Alcohol misuse: alcohol misuse by the parent(s)/carer(s)'],
  ['1C', 'Alcohol misuse: alcohol misuse by another person living in the household'],
  ['2A', 'Drug misuse: drug misuse by the child'],
  ['2B', 'Drug misuse: drug misuse by the parent(s)/carer(s)'],
  ['2C', 'Drug misuse: drug misuse by another person living in the household'],
  ['3A', 'Domestic abuse: the child being the subject of domestic abuse'],
  ['3B', 'Domestic abuse: the child’s parent(s)/carer(s) being the subject of domestic abuse'],
  ['3C', 'Domestic abuse: another person living in the household being the subject of domestic abuse'],
  ['4A', 'Mental health: the mental health of the child'],
  ['4B', 'Mental health: the mental health of the parent(s)/carer(s)'],
  ['4C', 'Mental health: the mental health of another person in the family/household'],
  ['5A', 'Learning disability: the child’s learning disability'],
  ['5B', 'Learning disability: the parent(s)/carer(s) learning disability'],
  ['5C', 'Learning disability: another person in the family/household’s learning disability'],
  ['6A', 'Physical disability or illness: a physical disability or illness of the child'],
  ['6B', 'Physical disability or illness: a physical disability or illness of the parent(s)/carer(s)'],
  ['6C', 'Physical disability or illness: a physical disability or illness of another person in the family/household'],
  ['7A', 'Young carer'],
  ['8B', 'Privately fostered (overseas children who intend to return)'],
  ['8C', 'Privately fostered (overseas children who intend to stay)'],
  ['8D', 'Privately fostered (UK children in educational placements)'],
  ['8E', 'Privately fostered (UK children making alternative family arrangements)'],
  ['8F', 'Privately fostered (other)'],
  ['9A', 'UASC'],
  ['10A', 'Missing'],
  ['11A', 'Child sexual exploitation'],
  ['12A', 'Trafficking'],
  ['13A', 'Gangs'],
  ['14A', 'Socially unacceptable behaviour'],
  ['15A', 'Self-harm'],
  ['16A', 'Abuse or neglect – NEGLECT'],
  ['17A', 'Abuse or neglect – EMOTIONAL ABUSE'],
  ['18B', 'Abuse or neglect – PHYSICAL ABUSE (child on child)'],
  ['18C', 'Abuse or neglect – PHYSICAL ABUSE (adult on child)'],
  ['19B', 'Abuse or neglect – SEXUAL ABUSE (child on child)'],
  ['19C', 'Abuse or neglect – SEXUAL ABUSE (adult on child)'],
  ['20', 'Other'],
  ['21', 'No factors identified (only if there is no evidence of any of the factors listed above or below; no further action)'],
  ['22A', 'Female genital mutilation (FGM)'],
  ['23A', 'Abuse linked to faith or belief'],
  ['24A', 'Child criminal exploitation'],
];

/** CIN census reason for closure (SSD052). */
export const CLOSURE_REASONS: CodeSet = [
  ['RC1', 'Adopted'],
  ['RC2', 'Died'],
  ['RC3', 'Child arrangements order'],
  ['RC4', 'Special guardianship order'],
  ['RC5', 'Transferred to services of another local authority'],
  ['RC6', 'Transferred to adult social care services'],
  ['RC7', 'Services ceased for any other reason, including child no longer in need'],
  ['RC8', 'Case closed after assessment, no further action'],
  ['RC9', 'Case closed after assessment, referred to early help'],
];

/** The front door decision on a contact (SSD038 contact outcome, as the routes Lantern offers). */
export const CONTACT_OUTCOMES: CodeSet = [
  ['no_further_action', 'No further action'],
  ['advice', 'Advice and information, or signposting'],
  ['early_help', 'Early help'],
  ['referral', 'Referral to children’s social care (assessment)'],
  ['strategy_discussion', 'Strategy discussion (possible significant harm)'],
];

/** What an assessment concluded (SSD061 assessment outcome, with the CIN plan spelled out). */
export const ASSESSMENT_OUTCOMES: CodeSet = [
  ['no_further_action', 'No further action'],
  ['early_help', 'Step down to early help'],
  ['cin_plan', 'Child in need plan'],
  ['strategy_discussion', 'Strategy discussion and/or section 47 enquiry'],
  ['looked_after', 'Accommodation or legal action'],
  ['other', 'Other'],
];

/** What a strategy discussion decided. */
export const STRATEGY_DECISIONS: CodeSet = [
  ['s47', 'Section 47 enquiry'],
  ['single_agency', 'No section 47: continue or start a child and family assessment'],
  ['no_further_action', 'No further action'],
];

/**
 * Agencies at a strategy discussion. Working Together 2023 (4.4.12) expects social care, police and
 * health at least, and education or the nursery where the child attends: Lantern warns when police,
 * health or education took no part.
 */
export const AGENCIES: CodeSet = [
  ['social_care', 'Children’s social care'],
  ['police', 'Police'],
  ['health', 'Health'],
  ['education', 'Education or early years'],
  ['probation', 'Probation'],
  ['other', 'Other'],
];
export const EXPECTED_AGENCIES = ['police', 'health', 'education'] as const;

/** CP plan category of abuse (ssd095, with "multiple" as the CIN census allows). */
export const CP_CATEGORIES: CodeSet = [
  ['neglect', 'Neglect'],
  ['emotional', 'Emotional abuse'],
  ['physical', 'Physical abuse'],
  ['sexual', 'Sexual abuse'],
  ['multiple', 'Multiple'],
];

/** Why a child protection plan or child in need plan ended (Lantern's list: the census asks only the date). */
export const PLAN_END_REASONS: CodeSet = [
  ['risk_reduced', 'Risk reduced: plan no longer needed'],
  ['stepped_down', 'Stepped down to a child in need plan or early help'],
  ['looked_after', 'Child became looked after'],
  ['transferred', 'Transferred to another local authority'],
  ['moved_away', 'Family moved away'],
  ['other', 'Other'],
];

/** What kind of visit (Lantern's list: SSD records the visit, not its kind). */
export const VISIT_TYPES: CodeSet = [
  ['statutory', 'Statutory visit'],
  ['unannounced', 'Unannounced visit'],
  ['home', 'Home visit (not statutory)'],
  ['school', 'Visit at school or nursery'],
  ['office', 'Office or contact centre'],
  ['virtual', 'Virtual (video call)'],
];

/** What a case note is about (Lantern's list). */
export const CASE_NOTE_KINDS: CodeSet = [
  ['case_note', 'Case note'],
  ['phone_call', 'Phone call'],
  ['meeting', 'Meeting'],
  ['management_oversight', 'Management oversight'],
  ['correspondence', 'Correspondence'],
];
