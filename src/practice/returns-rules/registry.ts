// The registry: which DfE rules Lantern checks, and for the rest of each catalogue, why not. The docs
// generator writes docs/returns.md "Validation rules" from this (src/docs/generated.ts).
import { CATALOGUE, type CatalogueRule, type ReturnName } from './catalogue.ts';
import { CIN_RULES } from './cin-rules.ts';
import { SSDA903_RULES } from './ssda903-rules.ts';

export const IMPLEMENTED: Readonly<Record<ReturnName, readonly string[]>> = {
  cin: CIN_RULES.map((r) => r.code),
  '903': SSDA903_RULES.map((r) => r.code),
};

/** Why a rule is not checked, grouped for the docs. The first matching reason wins. */
const REASONS: readonly { reason: string; applies: (r: CatalogueRule) => boolean }[] = [
  { reason: 'Compares with last year’s return (Lantern checks the records themselves, which have no "last year" copy)', applies: (r) => /_last|Header_last|HEader_last|previous year|last year/i.test(`${r.tables} ${r.message}`) || /^50[23]|^NoE$/.test(r.code) },
  { reason: 'A check on the whole return or its header, not on one child (run on the export, not the child’s page)', applies: (r) => r.tables === 'Header' && r.return === 'cin' || /^INT\d|^EPI$|^2886Q|^2887Q|^1520$|^8510$|^444$/.test(r.code) },
  { reason: 'About data Lantern does not hold: the Ofsted URN, the mother fields, the child’s date of death, former UPN, conviction, substance misuse and SDQ reasons, adopters’ details, distances and placement LA, the initial conference target', applies: (r) => /\bURN\b|Provider Info|\b[Mm]other\b|MOTHER|[Dd]eath|FormerUPN|[Cc]onvict|[Ss]ubstance|[Rr]eason for no|(number|genders?|legal status) of (the )?adopter|adopters? (is|shows)|[Dd]istance|LA of placement|[Ll]ocation|InitialCPCtarget|[Pp]ostcode/.test(`${r.message} ${r.tables}`) },
  { reason: 'Not checked yet: rules needing working-day arithmetic, several years of records, or a closer reading of the DfE guidance than this slice allowed', applies: () => true },
];

/** The rules not implemented, grouped by reason. */
export function notImplemented(ret: ReturnName): { reason: string; codes: string[] }[] {
  const done = new Set(IMPLEMENTED[ret]);
  const groups = new Map<string, string[]>();
  for (const rule of CATALOGUE[ret]) {
    if (done.has(rule.code)) continue;
    const reason = REASONS.find((x) => x.applies(rule))!.reason;
    groups.set(reason, [...(groups.get(reason) ?? []), rule.code]);
  }
  return REASONS.filter((x) => groups.has(x.reason)).map((x) => ({ reason: x.reason, codes: groups.get(x.reason)! }));
}
