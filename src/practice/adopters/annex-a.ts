// A household as LIIA Annex A List 11 ("Adopters") rows: one row per adopter, the column names and
// values as liia_pipeline_Annex_A_schema.yml (`list_11:`) defines them. Dates are DD/MM/YYYY as the
// Annex A template has them; an empty step is ''. Pure: the return builder can take these as they are.
import { DISABILITY_ANNEX_A, GENDER_ANNEX_A, LEAVING_REASON_ANNEX_A } from './codes.ts';
import { adopterIdentifiers, type AdopterHousehold } from './household.ts';

export const LIST_11_COLUMNS = [
  'Individual adopter identifier', 'Family identifier', 'Gender', 'Ethnicity', 'Disability',
  'Is the (prospective) adopter fostering for adoption?', 'Date enquiry received', 'Date Stage 1 started',
  'Date Stage 1 ended', 'Date Stage 2 started', 'Date Stage 2 ended', 'Date application submitted',
  'Date application approved', 'Date adopter matched with child(ren)', 'Date child/children placed with adopter(s)',
  'No. of children placed', 'Date of Adoption Order', 'Date of leaving adoption process', 'Reason for leaving adoption process',
] as const;

export type List11Row = Record<(typeof LIST_11_COLUMNS)[number], string>;

const date = (iso: string | null): string => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '');

export function list11Rows(h: AdopterHousehold): List11Row[] {
  const people = [
    { gender: h.adopter1Gender, ethnicity: h.adopter1Ethnicity, disability: h.adopter1Disability },
    ...(h.adopter2Name ? [{ gender: h.adopter2Gender ?? '', ethnicity: h.adopter2Ethnicity ?? '', disability: h.adopter2Disability ?? '' }] : []),
  ];
  const ids = adopterIdentifiers(h);
  return people.map((p, i) => ({
    'Individual adopter identifier': ids[i]!,
    'Family identifier': h.familyReference,
    Gender: GENDER_ANNEX_A[p.gender] ?? '',
    // The DfE code, which List 11's ethnicity category accepts and groups.
    Ethnicity: p.ethnicity,
    Disability: DISABILITY_ANNEX_A[p.disability] ?? '',
    'Is the (prospective) adopter fostering for adoption?': h.fosteringForAdoption ? 'Yes' : 'No',
    'Date enquiry received': date(h.enquiryReceivedOn),
    'Date Stage 1 started': date(h.stage1StartedOn),
    'Date Stage 1 ended': date(h.stage1EndedOn),
    'Date Stage 2 started': date(h.stage2StartedOn),
    'Date Stage 2 ended': date(h.stage2EndedOn),
    'Date application submitted': date(h.applicationSubmittedOn),
    'Date application approved': date(h.approvedOn),
    'Date adopter matched with child(ren)': date(h.matchedOn),
    'Date child/children placed with adopter(s)': date(h.placedOn),
    'No. of children placed': h.childrenPlaced === null ? '' : String(h.childrenPlaced),
    'Date of Adoption Order': date(h.adoptionOrderOn),
    'Date of leaving adoption process': date(h.leftOn),
    'Reason for leaving adoption process': h.leavingReason ? (LEAVING_REASON_ANNEX_A[h.leavingReason] ?? '') : '',
  }));
}
