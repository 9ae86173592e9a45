// Small pools of synthetic casework text for the journey generator (journeys.ts): what referrers were
// worried about, why the front door decided as it did, plan goals, contingencies, what children said.
// Every string is a shared constant (a journey points at it; nothing is built per record) and no text
// names a real person: people are drawn from the invented name lists in names.ts.
//
// A "theme" is the worry running through one episode of work. It keeps an episode's records coherent:
// the referrer's concerns, the CIN census factors at the end of the assessment (ASSESSMENT_FACTORS), the
// CP category, the goals and the contingency plan all come from the same theme.
import { FAMILY_NAMES, STAFF_GIVEN_NAMES, STREETS, TOWNS } from './names.ts';

export interface GoalText {
  readonly what: string;
  readonly who: string;
}

export interface Theme {
  readonly key: string;
  /** CIN census factor sets (1-3 codes), the first being the theme's main factor. */
  readonly factors: readonly (readonly string[])[];
  readonly concerns: readonly string[];
  readonly summaries: readonly string[];
  readonly goals: readonly GoalText[];
  readonly contingencies: readonly string[];
  /** Outcome notes of an s47 enquiry that concluded an initial conference is needed. */
  readonly icpcNotes: readonly string[];
}

const theme = (t: Theme): Theme => t;

export const THEME_NEGLECT = 0;
export const THEME_DOMESTIC_ABUSE = 1;
export const THEME_PARENTAL_MENTAL_HEALTH = 2;
export const THEME_PARENTAL_DRUGS = 3;
export const THEME_PARENTAL_ALCOHOL = 4;
export const THEME_PHYSICAL_ABUSE = 5;
export const THEME_SEXUAL_ABUSE = 6;
export const THEME_EXPLOITATION = 7;
export const THEME_DISABILITY = 8;
export const THEME_FAMILY_STRESS = 9;

export const THEMES: readonly Theme[] = [
  theme({
    key: 'neglect',
    factors: [['16A'], ['16A', '4B'], ['16A', '2B'], ['16A', '6B'], ['16A', '5B']],
    concerns: [
      'Child arriving at school hungry and in the same clothes for several days; attendance falling.',
      'Home conditions very poor at a health visitor visit: little food, no safe sleeping space for the baby.',
      'Missed health appointments and untreated tooth decay; parents hard to reach.',
      'Neighbours report the children are often left alone in the evenings.',
    ],
    summaries: [
      'Chronic neglect: basic care, supervision and health needs not met consistently. Parents accept some concerns and have engaged in part.',
      'Neglect of the children’s physical and health needs over a long period, worsened by parental low mood. Some strengths in warmth of relationships.',
    ],
    goals: [
      { what: 'The children attend school every day and arrive on time, fed and dressed for the weather.', who: 'Parents, with the school' },
      { what: 'The home is kept clean and safe, with a safe sleeping space for each child.', who: 'Parents, with the family support worker' },
      { what: 'All health and dental appointments are kept; the dental treatment is completed.', who: 'Parents, with the health visitor' },
      { what: 'Parents complete a parenting programme and show the routines learned in daily life.', who: 'Parents' },
      { what: 'A weekly routine chart is agreed and checked at each visit.', who: 'Social worker' },
    ],
    contingencies: [
      'If home conditions and school attendance do not improve within three months, a legal planning meeting will be held to consider the Public Law Outline.',
      'If the children are found without food or supervision again, a strategy discussion will be held the same day.',
    ],
    icpcNotes: [
      'Concerns of neglect substantiated; the children are judged likely to suffer significant harm. Initial conference requested.',
      'Long-standing neglect confirmed by school and health; earlier support has not brought change. Initial conference requested.',
    ],
  }),
  theme({
    key: 'domestic_abuse',
    factors: [['3B'], ['3A', '3B'], ['3B', '17A'], ['3B', '1B']],
    concerns: [
      'Police attended a domestic incident at the home overnight; the children were present and one was upset on arrival at school.',
      'Mother disclosed to her GP that her partner is controlling and has hit her; the baby is four months old.',
      'Third police notification of domestic abuse at the address in six months.',
    ],
    summaries: [
      'Domestic abuse by father towards mother, witnessed by the children; mother is engaging with the domestic abuse service and has a safety plan.',
      'Repeated domestic abuse incidents affecting the children’s emotional wellbeing; the perpetrator denies the concerns.',
    ],
    goals: [
      { what: 'Mother and the children have a safety plan they understand and can use.', who: 'Mother, with the domestic abuse service' },
      { what: 'Father completes a perpetrator programme and has no unsupervised contact until it is reviewed.', who: 'Father' },
      { what: 'The children take part in direct work about what they have seen and heard.', who: 'Social worker' },
      { what: 'School shares any change in the children’s presentation the same day.', who: 'School designated safeguarding lead' },
    ],
    contingencies: [
      'If there is a further incident or the non-contact agreement is broken, a strategy discussion will be held and legal advice sought.',
      'If mother cannot keep the children safe from further abuse, alternative care with family will be explored.',
    ],
    icpcNotes: [
      'Domestic abuse substantiated; the children are at continuing risk of emotional and physical harm. Initial conference requested.',
    ],
  }),
  theme({
    key: 'parental_mental_health',
    factors: [['4B'], ['4B', '17A'], ['4B', '16A']],
    concerns: [
      'Mother in crisis, telling the crisis team she cannot cope; the children are 2 and 6.',
      'Father admitted to hospital under the Mental Health Act; no other adult at home.',
      'Health visitor worried about mother’s low mood and how it affects care of the baby.',
    ],
    summaries: [
      'Parental mental ill health affecting the consistency of care; mother engaging with the community mental health team and extended family supportive.',
      'The children take on caring tasks when their father is unwell; the family needs coordinated support.',
    ],
    goals: [
      { what: 'Mother attends her mental health appointments and takes medication as prescribed.', who: 'Mother, with the community mental health team' },
      { what: 'A family network plan names who will care for the children if a parent becomes unwell.', who: 'Family network' },
      { what: 'The children have a trusted adult at school they can talk to.', who: 'School' },
      { what: 'The family uses the crisis plan and knows whom to call out of hours.', who: 'Parents' },
    ],
    contingencies: [
      'If mother’s mental health deteriorates, the children will stay with their maternal grandmother under the family network plan.',
      'If the crisis plan is not followed, a review will be brought forward and a strategy discussion considered.',
    ],
    icpcNotes: [
      'The impact of parental mental ill health on the children is significant and support has not been accepted. Initial conference requested.',
    ],
  }),
  theme({
    key: 'parental_drug_misuse',
    factors: [['2B'], ['2B', '16A'], ['2B', '3B']],
    concerns: [
      'Drug paraphernalia found within reach of a toddler during a police search of the flat.',
      'Mother attended nursery collection appearing under the influence; staff would not release the child.',
      'Anonymous report of regular drug dealing from the family home.',
    ],
    summaries: [
      'Parental drug misuse leading to inconsistent supervision; father has started treatment and tests are improving.',
      'Drug misuse by both parents with associated neglect; limited insight into the risks to the children.',
    ],
    goals: [
      { what: 'Parents engage with the substance misuse service and provide clear tests.', who: 'Parents, with the substance misuse service' },
      { what: 'Drugs and equipment are never kept in the home.', who: 'Parents' },
      { what: 'A sober adult is always available to care for the children.', who: 'Parents and family network' },
    ],
    contingencies: [
      'If tests are positive or appointments missed, a legal planning meeting will be convened.',
      'If a parent is found under the influence while caring for the children, the children will stay with family while risks are assessed.',
    ],
    icpcNotes: [
      'Parental drug misuse is placing the children at risk of significant harm. Initial conference requested.',
    ],
  }),
  theme({
    key: 'parental_alcohol_misuse',
    factors: [['1B'], ['1B', '3B'], ['1B', '16A']],
    concerns: [
      'Father found intoxicated while caring for the children alone; police called by a neighbour.',
      'School staff smell alcohol on mother at pick-up most days.',
      'The child told a teacher that mum drinks a lot and falls asleep on the sofa.',
    ],
    summaries: [
      'Parental alcohol misuse affecting supervision and routines; mother accepts the concerns and has been referred for treatment.',
      'Alcohol misuse linked to arguments at home; the children are anxious and worried about their parent.',
    ],
    goals: [
      { what: 'Mother engages with the alcohol service and reduces her drinking as agreed.', who: 'Mother, with the alcohol service' },
      { what: 'No alcohol is drunk while caring for the children alone.', who: 'Parents' },
      { what: 'The children know whom to call if a parent is drunk.', who: 'Social worker' },
    ],
    contingencies: [
      'If the drinking continues while the children are in her care, a strategy discussion will be held and family placement considered.',
    ],
    icpcNotes: [
      'Alcohol misuse has left the children unsupervised on several occasions. Initial conference requested.',
    ],
  }),
  theme({
    key: 'physical_abuse',
    factors: [['18C'], ['18C', '3B'], ['18C', '17A']],
    concerns: [
      'Bruising to the child’s upper arm seen at school; the child said dad grabbed him.',
      'Unexplained injury to a non-mobile baby seen at A&E.',
      'The child disclosed being hit with a belt as a punishment.',
    ],
    summaries: [
      'Physical chastisement causing injury; parents accept it was wrong and have agreed to a parenting programme.',
      'An unexplained injury to a baby; medical opinion is that it is likely non-accidental.',
    ],
    goals: [
      { what: 'Parents use agreed, non-physical ways of managing the children’s behaviour.', who: 'Parents, with the parenting practitioner' },
      { what: 'The child is seen alone at every visit and knows whom to tell if hurt.', who: 'Social worker' },
      { what: 'Any injury is seen by the school nurse or GP the same day.', who: 'School nurse' },
    ],
    contingencies: [
      'If there is any further injury, a strategy discussion will be held the same day and the child’s safety at home reconsidered.',
    ],
    icpcNotes: [
      'Physical abuse substantiated following the child protection medical. Initial conference requested.',
    ],
  }),
  theme({
    key: 'sexual_abuse',
    factors: [['19C'], ['19C', '17A']],
    concerns: [
      'The child made a disclosure of sexual abuse by an adult known to the family.',
      'Police share that a registered sex offender has moved into the household.',
    ],
    summaries: [
      'Sexual abuse disclosed; the alleged perpetrator has left the home and the non-abusing parent is protective.',
    ],
    goals: [
      { what: 'The alleged perpetrator has no contact with the child while the police investigation continues.', who: 'Mother, with the police' },
      { what: 'The child receives specialist therapeutic support.', who: 'Child and adolescent mental health service' },
    ],
    contingencies: [
      'If contact with the alleged perpetrator takes place, an emergency strategy discussion will be held and protective action taken.',
    ],
    icpcNotes: [
      'Risk of sexual harm confirmed by the joint investigation. Initial conference requested.',
    ],
  }),
  theme({
    key: 'exploitation',
    factors: [['24A'], ['24A', '10A'], ['11A', '10A'], ['13A', '14A']],
    concerns: [
      'Young person found in another county with large sums of cash; suspected county lines.',
      'Repeated missing episodes and new older friends; school worried about exploitation.',
      'Young person arrested with others for a robbery; parents struggling to keep them at home.',
    ],
    summaries: [
      'Risk of criminal exploitation outside the home; parents are protective but unable to manage the risks alone.',
      'Extra-familial harm through exploitation and missing episodes; a contextual safeguarding response is needed.',
    ],
    goals: [
      { what: 'The young person attends an education or training place every day.', who: 'Young person, with the school' },
      { what: 'Every missing episode is reported at once and followed by a return home interview.', who: 'Parents, with the police' },
      { what: 'The young person works with the youth worker on safety and relationships.', who: 'Youth worker' },
    ],
    contingencies: [
      'If missing episodes continue, a multi-agency exploitation meeting will consider a safety plan away from the area.',
    ],
    icpcNotes: [
      'Significant risk of harm from criminal exploitation. Initial conference requested.',
    ],
  }),
  theme({
    key: 'disability',
    factors: [['6A'], ['5A'], ['6A', '7A']],
    concerns: [
      'Parents exhausted caring for a child with complex health needs; asking for short breaks.',
      'School asks for support for a child with autism whose behaviour at home is hard to manage.',
    ],
    summaries: [
      'A disabled child whose needs are met with love but at great strain to the family; short breaks and equipment needed.',
    ],
    goals: [
      { what: 'Short breaks are in place one weekend a month.', who: 'Disabled children’s service' },
      { what: 'The adaptations to the home are completed.', who: 'Occupational therapist' },
      { what: 'Parents have a carer’s assessment.', who: 'Adult social care' },
    ],
    contingencies: [
      'If the family cannot continue to meet the child’s needs, an assessment for additional support or short-term care will be made.',
    ],
    icpcNotes: [
      'The child’s health needs are not being met and this is placing them at risk of significant harm. Initial conference requested.',
    ],
  }),
  theme({
    key: 'family_stress',
    factors: [['20'], ['4B'], ['14A'], ['3B'], ['4A']],
    concerns: [
      'Family facing eviction and in debt; parents arguing and the children not coping at school.',
      'Parent asking for help with a teenager’s behaviour; the relationship has broken down.',
      'Young person says they cannot go home after an argument with their parent.',
    ],
    summaries: [
      'A family under acute stress; relationships are strained but the children are safe. Practical and emotional support needed.',
      'Parent–child conflict and the young person’s low mood; both want things to improve.',
    ],
    goals: [
      { what: 'The family is supported to keep its tenancy and manage its debts.', who: 'Housing officer' },
      { what: 'Family mediation sessions take place and a family agreement is written.', who: 'Family support worker' },
      { what: 'The young person is referred to counselling.', who: 'School' },
    ],
    contingencies: [
      'If the family breaks down, a family group conference will be held to plan care within the wider family.',
    ],
    icpcNotes: [
      'The children are at risk of significant harm from the cumulative effect of stress and conflict at home. Initial conference requested.',
    ],
  }),
];

/** Themes for a CP category (weights within it; the category comes from CATEGORIES). */
export const THEMES_OF_CATEGORY: Record<'neglect' | 'emotional' | 'physical' | 'sexual' | 'multiple', readonly number[]> = {
  neglect: [THEME_NEGLECT, THEME_NEGLECT, THEME_NEGLECT, THEME_PARENTAL_DRUGS, THEME_PARENTAL_ALCOHOL, THEME_PARENTAL_MENTAL_HEALTH],
  emotional: [THEME_DOMESTIC_ABUSE, THEME_DOMESTIC_ABUSE, THEME_DOMESTIC_ABUSE, THEME_PARENTAL_MENTAL_HEALTH, THEME_PARENTAL_ALCOHOL, THEME_EXPLOITATION],
  physical: [THEME_PHYSICAL_ABUSE],
  sexual: [THEME_SEXUAL_ABUSE],
  multiple: [THEME_NEGLECT, THEME_DOMESTIC_ABUSE, THEME_PARENTAL_DRUGS, THEME_PHYSICAL_ABUSE],
};

/** Themes for a CIN census primary need (N1..N9; N1 is drawn through the CP categories). */
export const THEMES_OF_NEED: Record<string, readonly number[]> = {
  N2: [THEME_DISABILITY],
  N3: [THEME_PARENTAL_MENTAL_HEALTH, THEME_DISABILITY],
  N4: [THEME_FAMILY_STRESS, THEME_FAMILY_STRESS, THEME_DOMESTIC_ABUSE],
  N5: [THEME_DOMESTIC_ABUSE, THEME_FAMILY_STRESS, THEME_PARENTAL_ALCOHOL, THEME_PARENTAL_DRUGS],
  N6: [THEME_EXPLOITATION],
  N7: [THEME_FAMILY_STRESS],
  N8: [THEME_FAMILY_STRESS],
  N9: [THEME_FAMILY_STRESS],
};

// --- The front door ------------------------------------------------------------------------------

/** Synthetic full names, built once from the invented lists (no real person, no child). */
export const PEOPLE: readonly string[] = (() => {
  const out: string[] = [];
  for (let i = 0; i < 96; i++) out.push(`${STAFF_GIVEN_NAMES[(i * 7) % STAFF_GIVEN_NAMES.length]!} ${FAMILY_NAMES[(i * 11) % FAMILY_NAMES.length]!}`);
  return out;
})();
const SURNAMES = FAMILY_NAMES;
const titled = (prefix: string, count: number, step: number): readonly string[] => {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(`${prefix} ${SURNAMES[(i * step + 3) % SURNAMES.length]!}`);
  return out;
};
export const POLICE_NAMES = [...titled('PC', 12, 5), ...titled('DC', 8, 7), ...titled('DS', 4, 13)];
export const CLINICIAN_NAMES = titled('Dr', 12, 9);

const town = (i: number): string => TOWNS[i % TOWNS.length]!;
const SCHOOLS = [`${town(0)} Primary School`, `${town(1)} Academy`, `St Anne’s C of E Primary, ${town(2)}`, `${town(3)} High School`, `${town(4)} Infant School`, `${town(0)} College`];
const SURGERIES = [`${STREETS[0]} Surgery`, `${STREETS[2]} Medical Centre`, `${town(1)} Health Centre`, `${STREETS[9]} Practice`];

export interface Referrer {
  readonly names: readonly string[] | null;
  readonly agencies: readonly string[];
}
const referrer = (names: readonly string[] | null, agencies: readonly string[]): Referrer => ({ names, agencies });

/** Who refers, by CIN census referral source code. */
export const REFERRERS: Record<string, Referrer> = {
  '1A': referrer(PEOPLE, ['Family member (grandparent)', 'Family member (aunt)', 'Parent']),
  '1B': referrer(PEOPLE, ['Neighbour', 'Family friend', 'Childminder']),
  '1C': referrer(null, ['Self (the young person)']),
  '1D': referrer(PEOPLE, ['Member of the public']),
  '2A': referrer(PEOPLE, SCHOOLS.map((s) => `${s} (designated safeguarding lead)`)),
  '2B': referrer(PEOPLE, ['Education welfare service', 'Special educational needs team']),
  '3A': referrer(CLINICIAN_NAMES, SURGERIES),
  '3B': referrer(PEOPLE, ['Health visiting service']),
  '3C': referrer(PEOPLE, ['School nursing service']),
  '3D': referrer(PEOPLE, ['Community midwifery', 'Community dental service']),
  '3E': referrer(CLINICIAN_NAMES, [`${town(0)} General Hospital, emergency department`]),
  '3F': referrer(CLINICIAN_NAMES, ['Child and adolescent mental health service', 'Adult mental health service', 'Paediatric ward']),
  '4': referrer(PEOPLE, ['Housing services', 'Housing association']),
  '5A': referrer(PEOPLE, ['Adult social care']),
  '5B': referrer(PEOPLE, ['Youth offending service', 'Children’s centre']),
  '5C': referrer(PEOPLE, ['Another local authority’s children’s services']),
  '5D': referrer(PEOPLE, ['Early help service']),
  '6': referrer(POLICE_NAMES, [`${town(0)} Police, public protection unit`, `${town(0)} Police, response team`]),
  '7': referrer(PEOPLE, ['Probation service', 'Cafcass', 'Home Office immigration enforcement']),
  '8': referrer(PEOPLE, ['Voluntary sector family service', 'Children’s centre', 'Youth club']),
  '9': referrer(null, ['Anonymous']),
  '10': referrer(null, ['Not known']),
};

/** Why the front door decided as it did, by contact outcome. */
export const DECISION_RATIONALES: Record<string, readonly string[]> = {
  no_further_action: [
    'Information noted; no role for children’s social care. Referrer informed.',
    'Concern already addressed by the school and parents; no further action.',
    'Checks show no previous concerns; a single incident that has been resolved.',
  ],
  advice: [
    'Advice given to the referrer; family signposted to universal services.',
    'Parent given advice and details of local support; threshold for services not met.',
  ],
  early_help: [
    'Needs can be met by early help with the family’s consent; consent given.',
    'Emerging needs below the threshold for statutory services; referred to early help.',
  ],
  referral: [
    'The child may be in need (s17); a child and family assessment is needed.',
    'Concerns about parenting capacity need assessment; parents consent.',
    'Cumulative concerns from several agencies; the threshold for an assessment is met.',
  ],
  strategy_discussion: [
    'Reasonable cause to suspect significant harm (s47); strategy discussion convened.',
    'Child’s disclosure and the injury seen mean the s47 threshold may be met; strategy discussion today.',
  ],
};

// --- Assessments, strategy discussions, enquiries -------------------------------------------------------

/** Outcome notes of an s47 enquiry that found no conference was needed, by what followed. */
export const S47_NO_ICPC_CONTINUE: readonly string[] = [
  'Concerns substantiated but the child is not judged likely to suffer significant harm; support to continue under a child in need plan.',
  'Concerns not substantiated; the parents are working with services. Child and family assessment to conclude.',
  'Single-agency follow-up agreed: the child is safe with the protective parent; continue the assessment.',
];
export const S47_NO_ICPC_CARE: readonly string[] = [
  'The child is now accommodated and safe; an initial conference is not needed. Care planning to follow.',
];
export const S47_NO_ICPC_CLOSE: readonly string[] = [
  'Concerns not substantiated; no further action by children’s social care.',
  'Explanation consistent with the injury and the medical opinion; no further action.',
  'Concerns not substantiated; the family has accepted early help.',
];

// --- Plans and visits ---------------------------------------------------------------------------

export const WISHES_BABY: readonly string[] = [
  'Too young to say. Observed to be settled and responsive with mother, seeking her out when unsettled.',
  'Pre-verbal; observed to be well attached to both parents and comfortable with the worker.',
];
export const WISHES_UNBORN: readonly string[] = [
  'Unborn: the plan reflects what the baby will need to be safe and cared for after birth.',
  'Unborn: mother says she wants to keep the baby safe and is willing to work with the plan.',
];
export const WISHES_CHILD: readonly string[] = [
  'Says she wants to stay at home and for mum and dad to stop shouting.',
  'Told the worker he likes school and wants to see his dad more.',
  'Drew her family with everyone smiling; said she worries about mum when she is sad.',
  'Wants his bedroom to be tidy and to have friends over like other children.',
  'Said home is “OK now” and he feels safer since the police came.',
];
export const WISHES_TEENAGER: readonly string[] = [
  'Wants to be treated as old enough to decide who she sees; agreed to the safety plan.',
  'Says things at home are better and he wants the social worker to “back off a bit”.',
  'Wants to go to college and live with her nan if things at home get worse.',
  'Says he feels listened to in the meetings and wants them to be shorter.',
];

export const CHILD_SAID_CHILD: readonly string[] = [
  'Said school was good today and showed me a painting.',
  'Told me mum and dad have not been arguing this week.',
  'Said she was hungry when she got home but had a snack.',
  'Said he is happy and wants to show me his new bike.',
  'Said she misses her dad and wants to see him at the weekend.',
  'Did not want to talk today; said “everything is fine”.',
];
export const CHILD_SAID_TEENAGER: readonly string[] = [
  'Said college is going OK and she has made new friends.',
  'Said he has not been going out late and is trying to stay away from the older boys.',
  'Said home is calmer and he is getting on better with mum.',
  'Did not want to talk much; said she is tired of meetings.',
  'Said he would like more say in the plan.',
];
export const OBSERVATIONS_BABY: readonly string[] = [
  'Baby clean, alert and feeding well; safe sleeping arrangements in place.',
  'Baby settled in mother’s arms; home warm and tidy.',
  'Baby appeared well; parent responded promptly to cries.',
];
export const OBSERVATIONS_SEEN: readonly string[] = [
  'Home clean and warm with food in the cupboards. Child relaxed with the parent.',
  'Some improvement in home conditions; the bedroom now has a bed and bedding.',
  'Child appeared well cared for and chatty; parent open with the worker.',
  'Home cluttered but safe; discussed routines with the parent.',
  'Child seen alone in the bedroom; spoke freely and appeared happy.',
  'Parent tired and low in mood; child seemed watchful but settled.',
];
export const OBSERVATIONS_NOT_SEEN: readonly string[] = [
  'No answer at the door; card left and parent texted to rearrange.',
  'Child at school; spoke with the parent only. Visit to be rearranged.',
  'Parent cancelled on the day, saying the child was unwell.',
];

// --- Case notes -----------------------------------------------------------------------------------

export interface NoteText {
  readonly kind: string;
  readonly subject: string;
  readonly text: string;
}
export const CASE_NOTES: readonly NoteText[] = [
  { kind: 'phone_call', subject: 'Call with school', text: 'Spoke with the designated safeguarding lead. Attendance this half term 91%; no new concerns; child doing well in class.' },
  { kind: 'phone_call', subject: 'Call from mother', text: 'Mother rang to rearrange the visit because of a hospital appointment. New date agreed.' },
  { kind: 'phone_call', subject: 'Call with health visitor', text: 'Health visitor saw the baby last week: weight on the centile line, immunisations up to date.' },
  { kind: 'meeting', subject: 'Team around the family meeting', text: 'Meeting with school, health and the family support worker. Progress against the plan reviewed; actions updated.' },
  { kind: 'meeting', subject: 'Family network meeting', text: 'Grandmother and aunt attended. Agreed who will help with school runs and who the children can go to in a crisis.' },
  { kind: 'correspondence', subject: 'Letter to parents', text: 'Letter sent confirming the date of the next review and the actions agreed at the last meeting.' },
  { kind: 'correspondence', subject: 'Email from GP', text: 'GP confirms father attended his appointment and has been referred to the community mental health team.' },
  { kind: 'case_note', subject: 'Direct work with the child', text: 'Completed a “three houses” session: worries, good things and dreams. Child’s words added to the plan.' },
  { kind: 'case_note', subject: 'Chronology updated', text: 'Chronology brought up to date with police notifications and health information received this month.' },
  { kind: 'management_oversight', subject: 'Management oversight', text: 'Case discussed in supervision. Plan remains appropriate; visits on time. Next step: review the contingency plan at the next meeting.' },
  { kind: 'management_oversight', subject: 'Management oversight: drift', text: 'Progress slower than planned. Agreed to bring the review forward and seek legal advice if there is no change in four weeks.' },
];

// --- Children looked after: reviews ------------------------------------------------------------------

/**
 * Independent reviewing officers who chair looked-after reviews when the seed names none: an LA has a
 * handful (invented names, built once).
 */
export const IRO_NAMES: readonly string[] = [0, 1, 2, 3, 4, 5].map((i) => `${STAFF_GIVEN_NAMES[(i * 5 + 2) % STAFF_GIVEN_NAMES.length]!} ${FAMILY_NAMES[(i * 13 + 6) % FAMILY_NAMES.length]!}`);

/** The IRO's recommendations at a child's first review (the care plan is new). */
export const FIRST_REVIEW_RECOMMENDATIONS: readonly string[] = [
  'Care plan endorsed. Initial health assessment to be completed and shared before the next review.',
  'Placement plan to be signed by all parties within five working days; family time arrangements to be confirmed in writing.',
  'Care plan endorsed. Social worker to refer for a personal education plan and to seek the child’s views on family time.',
  'Later life letter and life story work to start; sibling contact to be arranged fortnightly.',
];
/** The IRO's recommendations at later reviews. */
export const REVIEW_RECOMMENDATIONS: readonly string[] = [
  'Plan for permanence to be presented at the next review; parallel planning to continue.',
  'Placement is meeting the child’s needs; continue the current arrangements. Health review due next month.',
  'Personal education plan targets to be updated with the virtual school; tutoring to continue.',
  'Referral to CAMHS to be followed up; carers to be offered training in therapeutic parenting.',
  'Family time to increase to weekly, supervised, and be reviewed in three months.',
  'Child to be offered an independent visitor and advocacy; social worker to share the review record with the child.',
  'Long-term fostering match to be presented to the fostering panel.',
  'Pathway planning to start; the personal adviser to be introduced before the child’s 16th birthday.',
  'Stability meeting to be held within four weeks; support to the placement to be increased.',
  'No changes to the care plan; recommendations from the last review have been completed.',
];

// --- Children looked after: the IRO between reviews, escalations, advocacy ------------------------------

/** What the IRO noted at a midway review of the care plan (IRO Handbook 2010, 3.74). */
export const IRO_MIDWAY_NOTES: readonly string[] = [
  'Midway check with the social worker: review recommendations on track; health review booked.',
  'Midway check: personal education plan updated; family time happening as planned.',
  'Midway check: permanence planning has slipped; social worker to confirm the timetable before the review.',
  'Midway check: placement stable; the child’s views gathered for the next review.',
  'Midway check: two recommendations outstanding (life story work, sibling contact); team manager informed.',
];
/** What the IRO noted after seeing the child. */
export const IRO_VISIT_NOTES: readonly string[] = [
  'Saw the child at the placement before the review; they want more time with their brother.',
  'Visited the child at school; they are settled and asked about their next review.',
  'Met the child with the carers; talked through what they would like to say at the review.',
  'Saw the child alone; they are worried about moving schools and want that raised at the review.',
];
/** What the IRO noted after a consultation (with the child, carers or another professional). */
export const IRO_CONSULTATION_NOTES: readonly string[] = [
  'Consultation with the carers about the placement’s support; stability meeting suggested.',
  'Consultation with the virtual school about the child’s attendance and tuition.',
  'Telephone consultation with the child’s parent about family time arrangements.',
];

/** What an IRO escalated under the dispute resolution protocol (IRO Handbook 2010, 3.75–3.80). */
export const ESCALATION_CONCERNS: readonly string[] = [
  'Drift in permanence planning: no permanence plan presented by the second review.',
  'Review recommendations not completed: life story work and sibling contact not started.',
  'Health assessment overdue and not escalated by the team.',
  'Family time not taking place as agreed in the care plan for two months.',
  'Placement not meeting the child’s needs; no stability meeting arranged despite the review’s recommendation.',
  'Personal education plan not updated; the child out of school for four weeks.',
  'The child not visited within the statutory timescale after a placement move.',
];
/** Who a formal stage went to (stage 1: team manager; 2: service manager; 3: head of service or director). */
export const ESCALATED_TO: Record<'stage_1' | 'stage_2' | 'stage_3' | 'cafcass', readonly string[]> = {
  stage_1: [0, 1, 2].map((i) => `${STAFF_GIVEN_NAMES[(i * 7 + 3) % STAFF_GIVEN_NAMES.length]!} ${FAMILY_NAMES[(i * 11 + 4) % FAMILY_NAMES.length]!}, team manager`),
  stage_2: [0, 1].map((i) => `${STAFF_GIVEN_NAMES[(i * 7 + 9) % STAFF_GIVEN_NAMES.length]!} ${FAMILY_NAMES[(i * 11 + 15) % FAMILY_NAMES.length]!}, service manager`),
  stage_3: [`${STAFF_GIVEN_NAMES[11 % STAFF_GIVEN_NAMES.length]!} ${FAMILY_NAMES[21 % FAMILY_NAMES.length]!}, head of service`, `${STAFF_GIVEN_NAMES[13 % STAFF_GIVEN_NAMES.length]!} ${FAMILY_NAMES[27 % FAMILY_NAMES.length]!}, director of children’s services`],
  cafcass: ['Cafcass, IRO referrals manager'],
};
/** How an escalation was resolved. */
export const ESCALATION_OUTCOMES: readonly string[] = [
  'Resolved: the outstanding actions completed and confirmed in writing to the IRO.',
  'Resolved: a timetable agreed with the team manager and met.',
  'Resolved: permanence planning meeting held and the plan presented to the review.',
  'Resolved: additional support to the placement agreed; stability meeting held.',
  'Resolved: the service manager agreed the resources needed; the plan amended at the next review.',
];

// --- Court and adoption ------------------------------------------------------------------------------

/** Kinds of hearing in care proceedings (Public Law Outline, PD12A). */
export const HEARING_INTERIM = 'Interim care order hearing';
export const HEARING_CMH = 'Case management hearing';
export const HEARING_FURTHER_CMH = 'Further case management hearing';
export const HEARING_IRH = 'Issues resolution hearing';
export const HEARING_FINAL = 'Final hearing';

/** Why a child should no longer be placed for adoption (Adoption Agencies Regulations 2005, reg 19). */
export const ADOPTION_REVERSAL_REASONS: readonly string[] = [
  'A family member was assessed positively as a special guardian; the plan changed to special guardianship.',
  'No suitable adopters found for the sibling group after a year of family finding; plan changed to long-term fostering together.',
  'The child’s needs changed after a diagnosis; the plan is now long-term fostering with the current carers.',
  'The court did not make a placement order; the plan changed to rehabilitation to the parent with support.',
  'The child, now older, does not want to be adopted; plan changed to long-term fostering.',
];

// --- Missing episodes and exploitation (journey/missing.ts) -------------------------------------------

/** Who reported the child missing: whoever was caring for them (by placement), or the school or police. */
export const REPORTED_BY_FOSTER_CARER = 'Foster carer';
export const REPORTED_BY_HOME = 'Residential home staff';
export const REPORTED_BY_SUPPORTED = 'Supported accommodation staff';
export const REPORTED_BY_PARENT = 'Parent';
export const REPORTED_BY_SCHOOL = 'School';
export const REPORTED_BY_POLICE = 'Police';

/** Where a missing child was found, or came back from (invented places in the invented towns). */
export const WHERE_FOUND: readonly string[] = [
  'Returned to the placement of their own accord late at night.',
  `Found by police at a friend’s address in ${TOWNS[0]}.`,
  `Found at ${TOWNS[0]} bus station by police.`,
  'Went to their mother’s address; returned the next day with a family member.',
  `Found in Mill Park, ${TOWNS[1]}, by a police patrol.`,
  `Stopped by British Transport Police at ${TOWNS[4]} railway station.`,
  `Found at a flat on ${STREETS[1]} known to police.`,
  'Returned after the carer collected them from a fast food shop in the town centre.',
  `Located in ${TOWNS[2]}, about 30 miles away, after a phone was traced.`,
  'Came back to the placement the following morning; would not say where they had been.',
];
/** Where a child absent without agreement ("away") was known to be. */
export const WHERE_AWAY: readonly string[] = [
  'At a friend’s house; the carer knew the address and spoke with the friend’s parent.',
  'At their grandmother’s home without the agreed permission.',
  `In ${TOWNS[1]} town centre with friends past the agreed time; answering the phone.`,
  'At a boyfriend’s or girlfriend’s house; known to the carers.',
];
export const WITH_WHOM: readonly string[] = [
  'Alone.',
  'With friends from school.',
  'With an older male not known to the carers.',
  'With a group of older young people, some known to police.',
  'With their mother.',
  'With a boyfriend, aged 19.',
  'With another young person from the same children’s home.',
  'With adults believed to be linked to drug supply.',
];

/** Independent return interview services (invented) and their workers, built once. */
export const RETURN_INTERVIEW_ORGANISATIONS: readonly string[] = ['Safe Return Northbridge (independent)', 'Open Door Young People’s Service (independent)'];
export const RETURN_INTERVIEWERS: readonly string[] = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => `${STAFF_GIVEN_NAMES[(i * 3 + 1) % STAFF_GIVEN_NAMES.length]!} ${FAMILY_NAMES[(i * 17 + 9) % FAMILY_NAMES.length]!}`);
/** The organisation of a return interview offered by the child's own social worker (not independent). */
export const RETURN_INTERVIEW_BY_SOCIAL_WORKER = 'Children’s social care (the child’s social worker)';
/** What children said in their return interviews. */
export const CHILD_SAID_RETURN: readonly string[] = [
  'Said they went to see friends and lost track of time; did not feel unsafe.',
  'Said they left after an argument with the carer about their phone; wants a say in the house rules.',
  'Said an older boy gave them money to take a bag to another town; was scared to say no.',
  'Said they went to their mum’s because they miss her; wants more family time.',
  'Would not say where they went or who with; agreed to keep their phone charged.',
  'Said they were at a party and someone gave them alcohol; asked for help to stay away from that group.',
  'Said they feel nobody listens at the home; wants to move placement.',
  'Said they were with their boyfriend, who is older; did not see anything wrong with it.',
];

/**
 * Places and people linked to a child's risk of exploitation, kept as tags (Working Together 2023, 3.55):
 * small shared pools, so the same place or nickname turns up on several children's screenings.
 */
export const EXPLOITATION_LOCATIONS: readonly string[] = [
  `${TOWNS[0]} bus station`, 'Mill Park', `${STREETS[12]} underpass`, `${TOWNS[1]} shopping centre`, `${TOWNS[2]} skate park`,
  `Chicken shop, ${STREETS[4]}`, `${TOWNS[4]} seafront`, `${STREETS[1]} flats`, `${TOWNS[3]} retail park`, `Garages behind ${STREETS[7]}`,
];
export const EXPLOITATION_ASSOCIATES: readonly string[] = ['Ghost', 'Blue', 'Smokey', 'Lil T', 'Rico', 'Snowy', 'Deano', 'Ash', 'K-Man', 'Tiny'];
export const SCREENING_NOTES_LOW: readonly string[] = [
  'No disclosures. Some missing episodes with friends of the same age; protective factors at school and with the carer.',
  'Low concern: goes missing after arguments rather than to meet anyone; keep under review at each return interview.',
];
export const SCREENING_NOTES_MEDIUM: readonly string[] = [
  'New phone and clothes the carers cannot account for; associating with older young people. Disruption plan with police to be considered.',
  'Repeated missing episodes to the same area; links to young people known for drug supply. Referral to the exploitation panel.',
  'Older boyfriend; child sees nothing wrong. Safety planning and sexual health advice offered.',
];
export const SCREENING_NOTES_HIGH: readonly string[] = [
  'Found in another town with drugs and cash: likely county lines. Strategy discussion requested; National Referral Mechanism referral.',
  'Disclosed being given alcohol and taken to parties by adults; injuries unexplained. Strategy discussion requested today.',
  'Threatened over a debt to older young people; too frightened to return to school. Strategy discussion and safety plan needed urgently.',
];

// --- Care leavers (journey/care-leaver.ts) ------------------------------------------------------------

/** Personal advisers when the seed does not name the young person's worker (invented names, built once). */
export const PERSONAL_ADVISER_NAMES: readonly string[] = [0, 1, 2, 3, 4, 5].map((i) => `${STAFF_GIVEN_NAMES[(i * 7 + 4) % STAFF_GIVEN_NAMES.length]!} ${FAMILY_NAMES[(i * 19 + 2) % FAMILY_NAMES.length]!}`);
/** The LA's local offer for care leavers (Children and Social Work Act 2017 s2): entitlements, each listed once. */
/** What each entitlement of LOCAL_OFFER is: the synthetic LA's own choice of local offer, not any real LA's. */
export const LOCAL_OFFER_DESCRIPTIONS: Readonly<Record<string, string>> = {
  'Council tax exemption to 25': 'No council tax to pay on a home in the borough until the 25th birthday.',
  'Setting up home allowance': 'Up to £3,000 for furniture and essentials when moving into a first home.',
  'Higher education bursary': '£2,000 a year at university, on top of the statutory bursary.',
  'Apprenticeship bursary': 'A one-off £1,000 on starting an apprenticeship.',
  'Help with driving lessons': 'Up to 20 driving lessons and the theory and practical test fees.',
  'Free leisure centre pass': 'Free entry to the borough’s leisure centres and pools to 25.',
  'Priority for social housing': 'Band A on the housing register when ready to live independently.',
  'Staying put with former foster carers': 'Staying with former foster carers to 21, with the carers paid.',
  'Support from a personal adviser to 25': 'A personal adviser on request to 25, whatever the young person is doing.',
  'Free prescriptions and dental treatment advice': 'Help to claim free prescriptions and dental treatment (NHS low income scheme).',
};
/** The synthetic LA's local offer to care leavers (its own choice, for the demo). */
export const LOCAL_OFFER: readonly string[] = [
  'Council tax exemption to 25',
  'Setting up home allowance',
  'Higher education bursary',
  'Apprenticeship bursary',
  'Help with driving lessons',
  'Free leisure centre pass',
  'Priority for social housing',
  'Staying put with former foster carers',
  'Support from a personal adviser to 25',
  'Free prescriptions and dental treatment advice',
];
/** Why a care leaver is recorded as qualifying although the care history (over 21) gives no status. */
export const ELIGIBILITY_OVERRIDE_OVER_21: readonly string[] = [
  'Qualifying care leaver over 21 in education: advice and assistance continue to 25 (Children Act 1989 s24B).',
  'Qualifying care leaver aged 21, on a university course; support with education costs to 25 (s24B).',
];
/** Why the eligibility recorded differs when the care history cannot tell (the cases care-leaver-eligibility.ts leaves out). */
export const ELIGIBILITY_OVERRIDE_OTHER: readonly string[] = [
  'Looked after by another local authority before moving here; that authority’s records show 13 weeks after 14.',
  'Detained in a youth offender institution on the 16th birthday: a relevant child under reg 4.',
];
