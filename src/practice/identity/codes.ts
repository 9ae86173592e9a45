// DfE code sets for a child's identity (CIN census schema 2026: ethnicitytype, disabilitytype; SSD item
// ssd003 for sex). The store holds the codes; screens show these labels.

export const ETHNICITY_LABELS = {
  WBRI: 'White British',
  WIRI: 'White Irish',
  WIRT: 'Traveller of Irish heritage',
  WOTH: 'Any other White background',
  WROM: 'Gypsy/Roma',
  MWBC: 'White and Black Caribbean',
  MWBA: 'White and Black African',
  MWAS: 'White and Asian',
  MOTH: 'Any other mixed background',
  AIND: 'Indian',
  APKN: 'Pakistani',
  ABAN: 'Bangladeshi',
  AOTH: 'Any other Asian background',
  BCRB: 'Caribbean',
  BAFR: 'African',
  BOTH: 'Any other Black background',
  CHNE: 'Chinese',
  OOTH: 'Any other ethnic group',
  REFU: 'Refused',
  NOBT: 'Information not yet obtained',
} as const;
export type EthnicityCode = keyof typeof ETHNICITY_LABELS;

export const SEX_LABELS = { '0': 'Not yet born', '1': 'Male', '2': 'Female', '9': 'Indeterminate' } as const;
export type SexCode = keyof typeof SEX_LABELS;

export const DISABILITY_LABELS = {
  NONE: 'No disability',
  MOB: 'Mobility',
  HAND: 'Hand function',
  PC: 'Personal care',
  INC: 'Incontinence',
  COMM: 'Communication',
  LD: 'Learning',
  HEAR: 'Hearing',
  VIS: 'Vision',
  BEH: 'Behaviour',
  CON: 'Consciousness',
  AUT: 'Autism',
  DDA: 'Other',
} as const;
export type DisabilityCode = keyof typeof DISABILITY_LABELS;

function labelOf(table: Record<string, string>, code: string): string {
  return table[code] ?? code;
}

export const ethnicityLabel = (code: string): string => labelOf(ETHNICITY_LABELS, code);
export const sexLabel = (code: string): string => labelOf(SEX_LABELS, code);
export const disabilityLabel = (code: string): string => labelOf(DISABILITY_LABELS, code);
