// The DfE's rule catalogues for 2025/26 (catalogues/README.md): every CIN census and SSDA903 validation
// rule with its code, type and message. Read once when the module loads (the files are part of the
// repository, not data of any LA); the rules in cin-rules.ts and ssda903-rules.ts take their messages from
// here, so a child's page shows the DfE's own words.
import { readFileSync } from 'node:fs';
import { parseCsv } from '../../returns/csv.ts';

export type ReturnName = 'cin' | '903';
/** ERROR: the return is refused until fixed. QUERY: the LA must fix it or explain it. */
export type Severity = 'ERROR' | 'QUERY';

export interface CatalogueRule {
  code: string;
  return: ReturnName;
  severity: Severity;
  /** The DfE's wording, as the catalogue gives it. */
  message: string;
  /** The tables (CIN census modules or 903 files) the rule reads. */
  tables: string;
}

function read(name: string): string[][] {
  const rows = parseCsv(readFileSync(new URL(`./catalogues/${name}`, import.meta.url), 'utf8'));
  return rows.slice(1).filter((r) => r.length > 1 && r[0] !== '');
}

const CIN: CatalogueRule[] = read('cin_2025_26_rule_info.csv').map(([code, type, table, , message]) => ({
  code: code!, return: 'cin', severity: type === 'QUERY' ? 'QUERY' : 'ERROR', message: message!.trim(), tables: table!,
}));

// The 903 catalogue carries no type: the DfE's 903 upload refuses a return with any failing rule.
const SSDA903: CatalogueRule[] = read('903_2025_26_rule_info.csv').map(([code, message, , tables]) => ({
  code: code!, return: '903', severity: 'ERROR', message: message!.trim(), tables: tables!.replace(/[[\]']/g, ''),
}));

export const CATALOGUE: Readonly<Record<ReturnName, readonly CatalogueRule[]>> = { cin: CIN, '903': SSDA903 };

const index = new Map<string, CatalogueRule>([...CIN, ...SSDA903].map((r) => [`${r.return}:${r.code}`, r]));

/** The catalogue entry for a rule; throws for a code the DfE does not have (a typo in a rule table). */
export function catalogueRule(ret: ReturnName, code: string): CatalogueRule {
  const rule = index.get(`${ret}:${code}`);
  if (!rule) throw new Error(`no ${ret} rule ${code} in the 2025/26 catalogue`);
  return rule;
}
