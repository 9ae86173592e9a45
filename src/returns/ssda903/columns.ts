// The SSDA903 files and their columns, in the order the DfE's sample files give them
// (../shared/standards/ssda903/fake/*.csv). The columns are those of the 903 schema
// (../shared/standards/ssda903/schema-yml: SSDA903_schema_2017.yml with the 2019, 2022, 2024, 2025 and
// 2026 diffs applied in turn); the 2024 diff adds the social worker table, returned as sw_episodes.csv.
// Where the schema's key order differs from the sample file (uasc: the schema lists DOB before SEX) the
// sample file's order is kept, as the DfE's upload tool and the header test read it.

export const SSDA903_COLUMNS = {
  header: ['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN', 'MOTHER', 'MC_DOB'],
  episodes: ['CHILD', 'DECOM', 'RNE', 'LS', 'CIN', 'PLACE', 'PLACE_PROVIDER', 'DEC', 'REC', 'REASON_PLACE_CHANGE', 'HOME_POST', 'PL_POST', 'URN'],
  uasc: ['CHILD', 'SEX', 'DOB', 'DUC'],
  reviews: ['CHILD', 'DOB', 'REVIEW', 'REVIEW_CODE'],
  missing: ['CHILD', 'DOB', 'MISSING', 'MIS_START', 'MIS_END'],
  oc2: ['CHILD', 'DOB', 'SDQ_SCORE', 'SDQ_REASON', 'CONVICTED', 'HEALTH_CHECK', 'IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'],
  oc3: ['CHILD', 'DOB', 'IN_TOUCH', 'ACTIV', 'ACCOM'],
  ad1: ['CHILD', 'DOB', 'DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'],
  placed_for_adoption: ['CHILD', 'DOB', 'DATE_PLACED', 'DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'],
  previous_permanence: ['CHILD', 'DOB', 'PREV_PERM', 'LA_PERM', 'DATE_PERM'],
  sw_episodes: ['CHILD', 'DOB', 'SW_ID', 'SW_DECOM', 'SW_DEC', 'SW_REASON'],
} as const satisfies Record<string, readonly string[]>;

export type Ssda903File = keyof typeof SSDA903_COLUMNS;

/** The files in the order the return lists them (issue 8; the DfE's guide). */
export const SSDA903_FILES: readonly Ssda903File[] = [
  'header', 'episodes', 'uasc', 'reviews', 'missing', 'oc2', 'oc3', 'ad1', 'placed_for_adoption', 'previous_permanence', 'sw_episodes',
];

export const isSsda903File = (name: string): name is Ssda903File => Object.hasOwn(SSDA903_COLUMNS, name);

/** One row: a value for each column of the file, blank ('') where the spec allows it. */
export type Ssda903Row<F extends Ssda903File> = Record<(typeof SSDA903_COLUMNS)[F][number], string>;

/** The schema's date format, %d/%m/%Y, from Lantern's ISO dates. */
export const dmy = (iso: string | null | undefined): string => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '');
