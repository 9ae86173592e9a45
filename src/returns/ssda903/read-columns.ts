// What each SSDA903 column may hold, for reading the files (read-ssda903.ts). The spec is the 903 schema,
// ../shared/standards/ssda903/schema-yml (SSDA903_schema_2017.yml with the 2019, 2022, 2024, 2025 and 2026
// diffs): a file of any collection year from 2021 on is read, so a column takes every code some year from
// 2021 on allows (SEX 1/2 before 2025 and M/F/U from 2025; PLACE H5 and P2 before 2025 and K3 from 2025;
// ACTIV F3 and P3 before 2022). The diffs change codes, not columns: every file has the same columns from
// 2017 to 2026, and sw_episodes (the 2024 social worker table) is simply absent from a 2021-2023 set.
// Codes come from Lantern's own code sets where Lantern keeps the column, and from the schema where it
// does not (the column is checked, then dropped: docs/returns.md "Importing SSDA903").
import { ETHNICITY_LABELS } from '../../practice/identity/codes.ts';
import { ACCOMMODATION, ACTIVITIES, IN_TOUCH } from '../../practice/journey/care-leaver-codes.ts';
import { codesOf } from '../../practice/journey/code-sets.ts';
import {
  CATEGORIES_OF_NEED, LEGAL_STATUSES, PLACEMENT_PROVIDERS, PLACEMENT_TYPES, REASONS_EPISODE_CEASED, REASONS_NEW_EPISODE, REASONS_PLACEMENT_CHANGE,
  REVIEW_PARTICIPATION,
} from '../../practice/journey/looked-after-codes.ts';
import type { Ssda903File } from './columns.ts';

export type ColumnRule =
  | { kind: 'text'; blank: boolean }
  | { kind: 'date'; blank: boolean }
  | { kind: 'code'; codes: readonly string[]; blank: boolean }
  | { kind: 'integer'; min: number; max: number; blank: boolean }
  | { kind: 'postcode'; blank: boolean }
  | { kind: 'upn'; blank: boolean }
  | { kind: 'reference'; blank: boolean };

const text = (blank = false): ColumnRule => ({ kind: 'text', blank });
/** CHILD: the LA's reference, as Lantern holds child.child_reference (1 to 20 letters and digits; the CIN reader and the importer ask the same). */
const child: ColumnRule = { kind: 'reference', blank: false };
export const CHILD_REFERENCE = /^[A-Za-z0-9]{1,20}$/;
const date = (blank = false): ColumnRule => ({ kind: 'date', blank });
const code = (codes: readonly string[], blank = false): ColumnRule => ({ kind: 'code', codes, blank });
const YES_NO = ['0', '1'];

/** SEX: 1 male, 2 female to the 2024 schema; M, F, U (unknown) from 2025 (SSDA903_schema_2025.diff.yml). */
export const SEX_CODES = ['1', '2', 'M', 'F', 'U'];

/**
 * UPN unknown codes in the 903 (rule 168): UN1 to UN5. A UPN itself is a letter, 11 digits and a digit or
 * letter (the same pattern the exporter writes, build-ssda903.ts).
 */
export const UPN_UNKNOWN = ['UN1', 'UN2', 'UN3', 'UN4', 'UN5'];
export const UPN_PATTERN = /^[A-Za-z]\d{11}(\d|[A-Za-z])$/;

/** A UK postcode's shape once written as the DfE writes it (episodes.ts postcode()): outward code, space, inward code. */
export const POSTCODE_PATTERN = /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/;

export const READ_COLUMNS: { [F in Ssda903File]: Record<string, ColumnRule> } = {
  header: {
    CHILD: child, SEX: code(SEX_CODES), DOB: date(), ETHNIC: code(Object.keys(ETHNICITY_LABELS)), UPN: { kind: 'upn', blank: false },
    MOTHER: code(YES_NO, true), MC_DOB: date(true),
  },
  episodes: {
    CHILD: child, DECOM: date(), RNE: code(codesOf(REASONS_NEW_EPISODE)), LS: code(codesOf(LEGAL_STATUSES)), CIN: code(codesOf(CATEGORIES_OF_NEED)),
    // Z11 to Z14 (2026) are not in Lantern's placement types yet (looked-after-codes.ts says why): refused as unknown.
    PLACE: code(codesOf(PLACEMENT_TYPES)), PLACE_PROVIDER: code(codesOf(PLACEMENT_PROVIDERS), true), DEC: date(true),
    REC: code(codesOf(REASONS_EPISODE_CEASED), true), REASON_PLACE_CHANGE: code(codesOf(REASONS_PLACEMENT_CHANGE), true),
    // HOME_POST is dropped (the child's address is kept outside the journey), so not held to a postcode's shape.
    HOME_POST: text(true), PL_POST: { kind: 'postcode', blank: true }, URN: text(true),
  },
  uasc: { CHILD: child, SEX: code(SEX_CODES), DOB: date(), DUC: date(true) },
  reviews: { CHILD: child, DOB: date(), REVIEW: date(), REVIEW_CODE: code(codesOf(REVIEW_PARTICIPATION)) },
  missing: { CHILD: child, DOB: date(), MISSING: code(['M', 'A']), MIS_START: date(), MIS_END: date(true) },
  oc2: {
    CHILD: child, DOB: date(), SDQ_SCORE: { kind: 'integer', min: 0, max: 40, blank: true }, SDQ_REASON: code(['SDQ1', 'SDQ2', 'SDQ3', 'SDQ4', 'SDQ5'], true),
    CONVICTED: code(YES_NO, true), HEALTH_CHECK: code(YES_NO, true), IMMUNISATIONS: code(YES_NO, true), TEETH_CHECK: code(YES_NO, true),
    HEALTH_ASSESSMENT: code(YES_NO, true), SUBSTANCE_MISUSE: code(YES_NO, true), INTERVENTION_RECEIVED: code(YES_NO, true), INTERVENTION_OFFERED: code(YES_NO, true),
  },
  oc3: { CHILD: child, DOB: date(), IN_TOUCH: code(codesOf(IN_TOUCH)), ACTIV: code(codesOf(ACTIVITIES)), ACCOM: code(codesOf(ACCOMMODATION)) },
  ad1: {
    // The schema wants every AD1 column. The dates are taken blank too: Lantern's own export writes a date
    // its adoption record does not hold as a blank (build-ssda903.ts), and a blank then sets nothing. The
    // adopters (how many, their sex, their legal status) are not held, so always blank in Lantern's export.
    CHILD: child, DOB: date(), DATE_INT: date(true), DATE_MATCH: date(true), FOSTER_CARE: code(YES_NO),
    NB_ADOPTR: { kind: 'integer', min: 1, max: 9, blank: true }, SEX_ADOPTR: code(['M1', 'F1', 'MM', 'FF', 'MF'], true), LS_ADOPTR: code(['L0', 'L11', 'L12', 'L2', 'L3', 'L4'], true),
  },
  placed_for_adoption: { CHILD: child, DOB: date(), DATE_PLACED: date(), DATE_PLACED_CEASED: date(true), REASON_PLACED_CEASED: code(['RD1', 'RD2', 'RD3', 'RD4'], true) },
  previous_permanence: { CHILD: child, DOB: date(), PREV_PERM: code(['P1', 'P2', 'P3', 'P4', 'Z1']), LA_PERM: text(true), DATE_PERM: date(true) },
  sw_episodes: {
    CHILD: child, DOB: date(), SW_ID: text(), SW_DECOM: date(), SW_DEC: date(true),
    SW_REASON: code(['MANAGE', 'FCONTA', 'LEFTRL', 'ORGRST', 'TSPROC', 'ABSENC', 'CHCHAN', 'PCCHAN', 'SWDIED', 'OTHERS'], true),
  },
};
