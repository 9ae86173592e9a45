// The SSDA903 (children looked after) code sets, with the DfE's own labels as the standards files give
// them: ../shared/standards/ssd/objects/ssd_cla_episodes.yml (RNE, REC, CIN), ssd_cla_placement.yml
// (PLACE, PLACE_PROVIDER), ssd_cla_reviews.yml (REVIEW_CODE), and ssd/categories/legal_status.yml and
// placement_change_reason.yml. Which codes are current is checked against the 903 schema
// (../shared/standards/ssda903/schema-yml, 2017 base with the 2019..2026 diffs) and the DfE rule
// catalogue for 2026-27 (../shared/standards/rule-catalogues/903_2026_27_rule_info.csv).
//
// Labels are the DfE text. Where that text is very long (the legal statuses J2 and J3, the adoption
// placement types, some reasons episode ceased and participation codes) it is shortened for screens,
// keeping its meaning: those entries say "shortened" beside them.
import { PRIMARY_NEEDS, type CodeSet } from './code-sets.ts';

/** SSDA903 LS, legal status (ssd/categories/legal_status.yml, ssd031); rule 144 refuses any other code. */
export const LEGAL_STATUSES: CodeSet = [
  ['C1', 'Interim care order'],
  ['C2', 'Full care order'],
  ['D1', 'Freeing order granted'],
  ['E1', 'Placement order granted'],
  ['V2', 'Single period of accommodation under section 20 (Children Act 1989)'],
  ['V3', 'Accommodated under an agreed series of short-term breaks, when individual episodes of care are recorded'],
  ['V4', 'Accommodated under an agreed series of short-term breaks, when agreements are recorded (NOT individual episodes of care)'],
  ['L1', 'Under police protection and in local authority accommodation'],
  ['L2', 'Emergency protection order (EPO)'],
  ['L3', 'Under child assessment order and in local authority accommodation'],
  ['J1', 'Remanded to local authority accommodation or to youth detention accommodation'],
  // Shortened: the DfE text adds that this would not necessarily be accommodation where the child is detained.
  ['J2', 'Placed in local authority accommodation under the Police and Criminal Evidence Act 1984, including secure accommodation'],
  // Shortened: the DfE text names the Acts (Criminal Justice and Immigration Act 2008 as amended by LASPOA 2012).
  ['J3', 'Sentenced to a youth rehabilitation order with residence or intensive fostering requirement'],
];

/**
 * SSDA903 RNE, reason for new episode (ssd_cla_episodes.yml clae_cla_episode_start_reason). The first
 * episode of a period of care is always S (903 rules 357 and 432); the others mark a change within care.
 */
export const REASONS_NEW_EPISODE: CodeSet = [
  ['S', 'Started to be looked after'],
  ['L', 'Change of legal status only'],
  ['P', 'Change of placement and carer(s) only'],
  ['T', 'Change of placement (but same carer(s)) only'],
  ['B', 'Change of legal status and placement and carer(s) at the same time'],
  ['U', 'Change of legal status and change of placement (but same carer(s)) at the same time'],
];

/**
 * SSDA903 REC, reason episode ceased (ssd_cla_episodes.yml clae_cla_episode_ceased_reason). The codes are
 * those of the 903 schema since 2019 (SSDA903_schema_2019.diff.yml), which replaced the 2017 schema's
 * E43 and E44 (special guardianship orders) with E45 to E48; nothing later changes them, and the 2026-27
 * rule catalogue still refers to E45 and E46 (rule 516). The SSD list and the schema agree code for code.
 */
export const REASONS_EPISODE_CEASED: CodeSet = [
  ['X1', 'Episode ceases, and new episode begins on same day, for any reason'],
  ['E11', 'Adopted - application for an adoption order unopposed'],
  ['E12', 'Adopted – consent dispensed with by the court'],
  ['E2', 'Died'],
  ['E3', 'Care taken over by another local authority in the UK'],
  // Shortened (E4A, E4B): the DfE text ends "(not under a special guardianship order or residence order/
  // child arrangement order)", and E4B dates child arrangement orders from 22 April 2014.
  ['E4A', 'Returned home to live with parent(s), relative(s), or other person(s) with parental responsibility as part of the care planning process (not under a special guardianship order or child arrangement order)'],
  ['E4B', 'Returned home to live with parent(s), relative(s), or other person(s) with parental responsibility which was not part of the current care planning process (not under a special guardianship order or child arrangement order)'],
  ['E13', 'Left care to live with parent(s), relative(s), or other person(s) with no parental responsibility'],
  ['E41', 'Residence order/child arrangement order (which sets out with whom the child is to live) granted'],
  ['E45', 'Special guardianship order made to former foster carer(s), who was/are a relative(s) or friend(s)'],
  ['E46', 'Special guardianship order made to former foster carer(s), other than relative(s) or friend(s)'],
  ['E47', 'Special guardianship order made to carer(s), other than former foster carer(s), who was/are a relative(s) or friend(s)'],
  ['E48', 'Special guardianship order made to carer(s), other than former foster carer(s), other than relative(s) or friend(s)'],
  // Shortened (E5, E6): the DfE examples are abridged, and both add "Includes both children leaving care before and at age 18".
  ['E5', 'Moved into independent living arrangement and no longer looked-after: supportive accommodation providing formalised advice/support arrangements (such as most hostels, foyers, staying close and care leavers projects)'],
  ['E6', 'Moved into independent living arrangement and no longer looked-after: accommodation providing no formalised advice/support arrangements (such as bedsit, own flat, living with friend(s))'],
  ['E7', 'Transferred to residential care funded by adult social care services'],
  ['E9', 'Sentenced to custody'],
  ['E14', 'Accommodation on remand ended'],
  // Shortened: the DfE text gives an unaccompanied asylum-seeking child whose age was disputed as the example.
  ['E15', 'Age assessment determined child is aged 18 or over and E5, E6 and E7 do not apply'],
  ['E16', 'Child moved abroad'],
  ['E17', 'Aged 18 (or over) and remained with current carers (inc under staying put arrangements)'],
  ['E8', 'Period of being looked-after ceased for any other reason (where none of the other reasons apply)'],
];

/**
 * Why a period of care ended: REC without X1. X1 ends one episode and starts the next the same day, so
 * the child is still looked after; "all other ‘reason episode ceased’ codes record the circumstances when
 * a child ceases to be looked-after" (ssd_cla_episodes.yml). Lantern's periods of care take these.
 */
export const REASONS_CARE_ENDED: CodeSet = REASONS_EPISODE_CEASED.filter(([code]) => code !== 'X1');

/**
 * SSDA903 PLACE, placement type (ssd_cla_placement.yml clap_cla_placement_type). Differences from the
 * schema, which is newer than the SSD text:
 * - H5 and P2 are in the SSD list and the 2017 schema but not in the 2025 and 2026 schema lists
 *   (SSDA903_schema_2025.diff.yml): kept here so that earlier placements can be recorded, marked
 *   "(before 2025)"; PLACEMENT_TYPES_WITHDRAWN lists them for forms offering types for a new placement.
 * - K3 was added in 2025. No standards file labels it; its label is the text of 903 rule 371 ("Child in
 *   supported accommodation not subject to children’s homes regulations should be at least 16"), which
 *   the DfE validator applies to K3 (data-to-insight csc-validator-be-903, rules lac2024_25/rule_371.py).
 * - Z11, Z12, Z13 and Z14 are added by the 2026 schema. No standards file gives their meaning, so they
 *   are left out rather than given invented labels: they need adding with the DfE's 2026-27 guidance.
 */
export const PLACEMENT_TYPES: CodeSet = [
  // Shortened (A3..A6): the DfE text also gives the sections of the Adoption Act 1976 for freeing orders.
  ['A3', 'Placed for adoption with parental/guardian consent with current foster carer(s) (s19 Adoption and Children Act 2002, or a freeing order with consent)'],
  ['A4', 'Placed for adoption with parental/guardian consent not with current foster carer(s) (s19 Adoption and Children Act 2002, or a freeing order with consent)'],
  ['A5', 'Placed for adoption with placement order with current foster carer(s) (s21 Adoption and Children Act 2002, or a freeing order where consent was dispensed with)'],
  ['A6', 'Placed for adoption with placement order not with current foster carer(s) (s21 Adoption and Children Act 2002, or a freeing order where consent was dispensed with)'],
  ['H5', 'Semi-independent living accommodation not subject to children’s homes regulations (before 2025)'],
  ['K1', 'Secure children’s homes'],
  ['K2', 'Children’s Homes subject to Children’s Homes Regulations'],
  ['K3', 'Supported accommodation not subject to children’s homes regulations'],
  ['P1', 'Placed with own parent(s) or other person(s) with parental responsibility'],
  ['P2', 'Independent living e.g. in a flat/ lodgings, bedsit, B&B or with friends, with or without formal support (before 2025)'],
  ['P3', 'Residential employment'],
  ['R1', 'Residential care home'],
  ['R2', 'National Health Service (NHS)/health trust or other establishment providing medical or nursing care'],
  ['R3', 'Family centre or mother and baby unit'],
  ['R5', 'Young offender institution (YOI)'],
  ['S1', 'All residential schools, except where dual-registered as a school and children’s home'],
  ['T0', 'All types of temporary move'],
  ['T1', 'Temporary periods in hospital'],
  ['T2', 'Temporary absences of the child on holiday'],
  ['T3', 'Temporary accommodation whilst normal foster carer(s) is/are on holiday'],
  ['T4', 'Temporary accommodation of seven days or less, for any reason, not covered by codes T1 to T3'],
  ['U1', 'Foster placement with relative(s) or friend(s) – long term fostering'],
  ['U2', 'Fostering placement with relative(s) or friend(s) who is/are also an approved adopter(s) – FFA/ concurrent planning'],
  ['U3', 'Fostering placement with relative(s) or friend(s) who is/are not long-term or FFA/ concurrent planning'],
  ['U4', 'Foster placement with other foster carer(s) – long term fostering'],
  ['U5', 'Foster placement with other foster carer(s) who is/are also an approved adopter(s) – FFA/ concurrent planning'],
  ['U6', 'Foster placement with other foster carer(s) – not long term or FFA/ concurrent planning'],
  ['Z1', 'Other placements (must be listed on a schedule sent to DfE with annual submission)'],
];

/** Placement types not in the 903 schema from 2025: recordable for earlier placements, not offered for new ones. */
export const PLACEMENT_TYPES_WITHDRAWN: readonly string[] = ['H5', 'P2'];

/** Temporary placements (T0..T4): a move away from the child's normal placement, to which they return (903 rule 383). */
export const TEMPORARY_PLACEMENT_TYPES: readonly string[] = ['T0', 'T1', 'T2', 'T3', 'T4'];

/** SSDA903 PLACE_PROVIDER (ssd/categories/placement_provider.yml; ssd_cla_placement.yml clap_cla_placement_provider). */
export const PLACEMENT_PROVIDERS: CodeSet = [
  ['PR0', 'Parent(s) or other person(s) with parental responsibility'],
  ['PR1', 'Own provision (by the local authority) including a regional adoption agency where the child’s responsible local authority is the host authority'],
  ['PR2', 'Other local authority provision, including a regional adoption agency where another local authority is the host authority'],
  ['PR3', 'Other public provision (for example, a primary care trust)'],
  ['PR4', 'Private provision'],
  ['PR5', 'Voluntary/third sector provision'],
];

/**
 * SSDA903 REASON_PLACE_CHANGE (ssd/categories/placement_change_reason.yml; the 903 schema since 2019,
 * which added CUSTOD; rule 1009 refuses any other code). The SSD object file's guidance explains each.
 */
export const REASONS_PLACEMENT_CHANGE: CodeSet = [
  ['CARPL', 'Change to/implementing care plan'],
  ['CLOSE', 'Resignation/closure of provision'],
  ['ALLEG', 'Allegation (s47)'],
  ['STAND', 'Standards of care concern'],
  ['APPRR', 'Approval removed'],
  ['CREQB', 'Carer(s) request placement end due to child’s behaviour'],
  ['CREQO', 'Carer(s) request placement end for other reasons'],
  ['CHILD', 'Child requests placement end'],
  ['LAREQ', 'Responsible/area authority requests placement end'],
  ['PLACE', 'Change in the status of placement only'],
  ['CUSTOD', 'Custody arrangement'],
  ['OTHER', 'Other reasons not captured above'],
];

/** SSDA903 REVIEW_CODE, how the child took part in a looked after review (ssd_cla_reviews.yml clar_cla_review_participation). */
export const REVIEW_PARTICIPATION: CodeSet = [
  ['PN0', 'Child aged under 4 at the time of the review'],
  ['PN1', 'Child physically attends and speaks for him or herself'],
  // Shortened (PN2, PN5, PN6): the DfE text repeats the meaning in brackets and lists the media.
  ['PN2', 'Child physically attends and an advocate speaks on his or her behalf (views represented by advocate or IRO)'],
  ['PN3', 'Child attends and conveys his or her view symbolically (non-verbally)'],
  ['PN4', 'Child physically attends but does not speak for him or herself, does not convey his or her view symbolically (non-verbally) and does not ask an advocate to speak for him or her'],
  ['PN5', 'Child does not attend physically but briefs an advocate or the IRO to speak for him or her'],
  ['PN6', 'Child does not attend but conveys his or her feelings to the review by a facilitative medium (texting the chair, written format, phone, audio/video)'],
  ['PN7', 'Child does not attend nor are his or her views conveyed to the review'],
];

/**
 * SSDA903 CIN, category of need (ssd_cla_episodes.yml clae_cla_primary_need_code): N1..N8, the CIN
 * census primary needs without N9 ("cases other than children in need"), with the same labels.
 */
export const CATEGORIES_OF_NEED: CodeSet = PRIMARY_NEEDS.filter(([code]) => code !== 'N9');
