// The rules a prospective adopter household must pass when recorded or changed. Pure: today is a
// parameter. The two-stage process is in the Adoption Agencies Regulations 2005, Part 4 (regs 21 to
// 30G, as substituted in 2013): stage 1 (pre-assessment) then stage 2 (assessment), ending with the
// agency decision on suitability (reg 30B), then matching, placement and the adoption order. So each
// step is dated on or after the one it follows, and a step needs the one it follows recorded. A
// prospective adopter on the fast track (a previous adopter or approved foster carer: statutory
// guidance on adoption, 2013, chapter 3) starts at stage 2, so stage 2 does not need stage 1.
// Each problem names the form field it is about (the same names as AdopterHouseholdDetails).
import { Problems, isBlank, when, type RecordProblem } from '../casework/record-write.ts';
import { ADOPTER_DISABILITY, ADOPTER_ETHNICITIES, ADOPTER_GENDERS, LEAVING_REASONS } from './codes.ts';
import type { AdopterHouseholdDetails } from './household.ts';

/** A Lantern child reference (C000123). */
export const CHILD_REFERENCE = /^[A-Z0-9-]{2,20}$/;
/** The most children one household is recorded as having placed at once (a sibling group). */
export const MAX_CHILDREN_PLACED = 6;

type DateField =
  | 'enquiryReceivedOn' | 'stage1StartedOn' | 'stage1EndedOn' | 'stage2StartedOn' | 'stage2EndedOn' | 'applicationSubmittedOn'
  | 'approvedOn' | 'matchedOn' | 'placedOn' | 'adoptionOrderOn' | 'leftOn';

export const DATE_LABELS: Record<DateField, string> = {
  enquiryReceivedOn: 'Date the enquiry was received',
  stage1StartedOn: 'Date stage 1 started',
  stage1EndedOn: 'Date stage 1 ended',
  stage2StartedOn: 'Date stage 2 started',
  stage2EndedOn: 'Date stage 2 ended',
  applicationSubmittedOn: 'Date the application was submitted',
  approvedOn: 'Date approved as suitable to adopt',
  matchedOn: 'Date matched with a child or children',
  placedOn: 'Date the child or children were placed',
  adoptionOrderOn: 'Date of the adoption order',
  leftOn: 'Date the household left the adoption process',
};

/**
 * Each step and the step it follows: [step, follows, needed]. `needed`: the step cannot be recorded
 * without the one it follows (stage 1 cannot end before it starts; no match before approval…).
 */
const ORDER: readonly (readonly [DateField, DateField, boolean, string])[] = [
  ['stage1StartedOn', 'enquiryReceivedOn', true, 'the enquiry was received'],
  ['stage1EndedOn', 'stage1StartedOn', true, 'stage 1 started'],
  ['stage2StartedOn', 'stage1EndedOn', false, 'stage 1 ended'],
  ['stage2StartedOn', 'enquiryReceivedOn', true, 'the enquiry was received'],
  ['stage2EndedOn', 'stage2StartedOn', true, 'stage 2 started'],
  ['applicationSubmittedOn', 'enquiryReceivedOn', true, 'the enquiry was received'],
  ['approvedOn', 'stage2EndedOn', true, 'stage 2 ended'],
  ['matchedOn', 'approvedOn', true, 'the household was approved'],
  ['placedOn', 'matchedOn', true, 'the match'],
  ['adoptionOrderOn', 'placedOn', true, 'the child or children were placed'],
  ['leftOn', 'enquiryReceivedOn', true, 'the enquiry was received'],
];

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

export function checkAdopterHousehold(h: AdopterHouseholdDetails, today: string): RecordProblem[] {
  const p = new Problems();

  // The adopters: the first always; the second when any of their details is given.
  const adopters = [1, 2] as const;
  for (const n of adopters) {
    const name = h[`adopter${n}Name`];
    const gender = h[`adopter${n}Gender`];
    const ethnicity = h[`adopter${n}Ethnicity`];
    const disability = h[`adopter${n}Disability`];
    const present = n === 1 || !isBlank(name) || !!gender || !!ethnicity || !!disability;
    if (!present) continue;
    const who = n === 1 ? 'the first adopter' : 'the second adopter';
    if (isBlank(name)) p.add(`adopter${n}Name`, `Enter the name of ${who}`);
    if (!gender) p.add(`adopter${n}Gender`, `Select the gender of ${who}`);
    else p.inSet(`adopter${n}Gender`, gender, ADOPTER_GENDERS, `Gender of ${who} must be one of the listed options`);
    if (!ethnicity) p.add(`adopter${n}Ethnicity`, `Select the ethnicity of ${who}`);
    else p.inSet(`adopter${n}Ethnicity`, ethnicity, ADOPTER_ETHNICITIES, `Ethnicity of ${who} must be one of the listed options`);
    if (!disability) p.add(`adopter${n}Disability`, `Select whether ${who} has a disability`);
    else p.inSet(`adopter${n}Disability`, disability, ADOPTER_DISABILITY, `Disability of ${who} must be one of the listed options`);
  }

  if (!h.enquiryReceivedOn) p.add('enquiryReceivedOn', 'Enter the date the enquiry was received');
  for (const field of Object.keys(DATE_LABELS) as DateField[]) p.notFuture(field, h[field], DATE_LABELS[field], today);

  // Each step in order, after the step it follows.
  for (const [step, follows, needed, what] of ORDER) {
    const value = h[step];
    if (!value) continue;
    const bound = h[follows];
    if (!bound) {
      if (needed) p.add(step, `Enter the ${lowerFirst(DATE_LABELS[follows])} before ${lowerFirst(DATE_LABELS[step])}`);
      continue;
    }
    p.notBefore(step, value, bound, `${DATE_LABELS[step]} must be on or after the date ${what} ${when(bound)}`);
  }

  // How many children were placed goes with the placement (List 11 "No. of children placed").
  if (h.placedOn && (h.childrenPlaced === null || h.childrenPlaced < 1)) p.add('childrenPlaced', 'Enter how many children were placed');
  if (!h.placedOn && h.childrenPlaced !== null && h.childrenPlaced > 0) p.add('childrenPlaced', 'Enter the date the child or children were placed, or leave the number of children placed empty');
  if (h.childrenPlaced !== null && (!Number.isInteger(h.childrenPlaced) || h.childrenPlaced < 0 || h.childrenPlaced > MAX_CHILDREN_PLACED)) {
    p.add('childrenPlaced', `Number of children placed must be a whole number from 1 to ${MAX_CHILDREN_PLACED}`);
  }
  if (h.placedChildReferences.length) {
    if (!h.placedOn) p.add('placedChildReferences', 'Enter the date the child or children were placed before naming the children');
    const bad = h.placedChildReferences.find((r) => !CHILD_REFERENCE.test(r));
    if (bad) p.add('placedChildReferences', `“${bad}” is not a child reference: use the reference on the child’s page, for example C000123`);
    if (h.childrenPlaced !== null && h.placedChildReferences.length > h.childrenPlaced) p.add('placedChildReferences', 'Name no more children than the number placed');
  }

  // Leaving the process: a date needs a reason, and a reason a date (List 11 "Reason for leaving").
  if (h.leftOn && !h.leavingReason) p.add('leavingReason', 'Select why the household left the adoption process');
  if (h.leavingReason && !h.leftOn) p.add('leftOn', 'Enter the date the household left the adoption process');
  p.inSet('leavingReason', h.leavingReason, LEAVING_REASONS, 'Reason for leaving the adoption process must be one of the listed options');

  return p.list;
}
