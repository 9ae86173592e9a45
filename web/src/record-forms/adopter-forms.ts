// What the prospective adopter household form asks, in groups (the adopters, the two stages, the match
// and placement, leaving the process), and turning a read form into the household's details. The
// fields are the generic record-form fields (record-forms.ts), read by read-record-form.ts.
import type { FormField } from './record-forms.ts';
import { ADOPTER_DISABILITY, ADOPTER_ETHNICITIES, ADOPTER_GENDERS, LEAVING_REASONS } from '../../../src/practice/adopters/codes.ts';
import { DATE_LABELS, MAX_CHILDREN_PLACED } from '../../../src/practice/adopters/validate-adopter.ts';
import type { AdopterHouseholdDetails } from '../../../src/practice/adopters/household.ts';

const adopter = (n: 1 | 2): FormField[] => {
  const who = n === 1 ? 'First adopter’s' : 'Second adopter’s';
  return [
    { name: `adopter${n}Name`, label: `${who} name`, kind: 'text', required: n === 1 },
    { name: `adopter${n}Gender`, label: `${who} gender`, kind: 'select', options: ADOPTER_GENDERS, required: n === 1 },
    { name: `adopter${n}Ethnicity`, label: `${who} ethnicity`, kind: 'select', options: ADOPTER_ETHNICITIES, required: n === 1 },
    { name: `adopter${n}Disability`, label: `Does the ${n === 1 ? 'first' : 'second'} adopter have a disability?`, kind: 'radios', options: ADOPTER_DISABILITY, required: n === 1 },
  ];
};

export interface FieldGroup {
  heading: string;
  hint?: string;
  fields: FormField[];
}

export const ADOPTER_FIELD_GROUPS: FieldGroup[] = [
  { heading: 'First adopter', fields: adopter(1) },
  { heading: 'Second adopter', hint: 'Only for a couple applying together', fields: adopter(2) },
  {
    heading: 'Enquiry and assessment',
    fields: [
      { name: 'enquiryReceivedOn', label: DATE_LABELS.enquiryReceivedOn, kind: 'date', required: true },
      { name: 'fosteringForAdoption', label: 'Is the household fostering for adoption?', kind: 'yesno', required: true, hint: 'Approved as foster carers to care for a child who may go on to be adopted by them' },
      { name: 'stage1StartedOn', label: DATE_LABELS.stage1StartedOn, kind: 'date', hint: 'Stage 1 (pre-assessment) is normally completed within 2 months' },
      { name: 'stage1EndedOn', label: DATE_LABELS.stage1EndedOn, kind: 'date' },
      { name: 'applicationSubmittedOn', label: DATE_LABELS.applicationSubmittedOn, kind: 'date' },
      { name: 'stage2StartedOn', label: DATE_LABELS.stage2StartedOn, kind: 'date', hint: 'Stage 2 (assessment) is normally completed within 4 months, ending with the agency decision' },
      { name: 'stage2EndedOn', label: DATE_LABELS.stage2EndedOn, kind: 'date' },
      { name: 'approvedOn', label: DATE_LABELS.approvedOn, kind: 'date' },
    ],
  },
  {
    heading: 'Match and placement',
    fields: [
      { name: 'matchedOn', label: DATE_LABELS.matchedOn, kind: 'date' },
      { name: 'placedOn', label: DATE_LABELS.placedOn, kind: 'date' },
      { name: 'childrenPlaced', label: 'Number of children placed', kind: 'number', min: 0, max: MAX_CHILDREN_PLACED },
      { name: 'placedChildReferences', label: 'Which children were placed (optional)', kind: 'tags', hint: 'Child references from the child’s page, separated with commas, for example C000123, C000124' },
      { name: 'adoptionOrderOn', label: DATE_LABELS.adoptionOrderOn, kind: 'date' },
    ],
  },
  {
    heading: 'Leaving the process',
    fields: [
      { name: 'leftOn', label: DATE_LABELS.leftOn, kind: 'date' },
      { name: 'leavingReason', label: 'Why the household left', kind: 'radios', options: LEAVING_REASONS },
    ],
  },
];

export const ADOPTER_FIELDS: FormField[] = ADOPTER_FIELD_GROUPS.flatMap((g) => g.fields);

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/** The household's details from a form read by readRecordForm (empty answers are null). */
export function detailsOfForm(record: Record<string, unknown>): AdopterHouseholdDetails {
  return {
    adopter1Name: text(record.adopter1Name) ?? '',
    adopter1Gender: text(record.adopter1Gender) ?? '',
    adopter1Ethnicity: text(record.adopter1Ethnicity) ?? '',
    adopter1Disability: text(record.adopter1Disability) ?? '',
    adopter2Name: text(record.adopter2Name),
    adopter2Gender: text(record.adopter2Gender),
    adopter2Ethnicity: text(record.adopter2Ethnicity),
    adopter2Disability: text(record.adopter2Disability),
    fosteringForAdoption: record.fosteringForAdoption === true,
    enquiryReceivedOn: text(record.enquiryReceivedOn) ?? '',
    stage1StartedOn: text(record.stage1StartedOn),
    stage1EndedOn: text(record.stage1EndedOn),
    stage2StartedOn: text(record.stage2StartedOn),
    stage2EndedOn: text(record.stage2EndedOn),
    applicationSubmittedOn: text(record.applicationSubmittedOn),
    approvedOn: text(record.approvedOn),
    matchedOn: text(record.matchedOn),
    placedOn: text(record.placedOn),
    childrenPlaced: typeof record.childrenPlaced === 'number' ? record.childrenPlaced : null,
    placedChildReferences: Array.isArray(record.placedChildReferences) ? record.placedChildReferences.map((r) => String(r).toUpperCase()) : [],
    adoptionOrderOn: text(record.adoptionOrderOn),
    leftOn: text(record.leftOn),
    leavingReason: text(record.leavingReason),
  };
}
