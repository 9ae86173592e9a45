// The children in need census 2025/26 validation rules Lantern checks, over a child's census record
// (cin-census-record.ts) as the census builder would return it as at the day of checking. Codes and
// messages: catalogues/cin_2025_26_rule_info.csv. Most rules are rows of three tables (dates in order,
// dates in the collection year, codes in their sets) over "scopes": the child, an episode (CINdetails)
// and the modules inside it, each scope seeing its own items and those of the levels above it; the rest
// are written out as functions below.
import { CLOSURE_REASONS, PRIMARY_NEEDS, REFERRAL_SOURCES, codesOf } from '../journey/code-sets.ts';
import { DISABILITY_LABELS, ETHNICITY_LABELS } from '../identity/codes.ts';
import type { CinChildRecord, CinDetails } from './cin-census-record.ts';
import { addDays, ageOn, isWeekend, type Hit, type RefKind, type ReturnsRule, type RulesYear } from './rule.ts';

type Scope = 'child' | 'details' | 'assessment' | 'cinPlan' | 's47' | 'cpPlan' | 'cpReview';
type Fields = Record<string, string | null>;
interface Row { scope: Scope; fields: Fields; hit: Hit }

const REF: Record<Scope, RefKind> = {
  child: 'child', details: 'referral', assessment: 'assessment', cinPlan: 'cinPlan', s47: 's47', cpPlan: 'cpPlan', cpReview: 'cpReview',
};

/** A level's items in front of those of the levels above it (a prototype chain: no copying). */
const under = (parent: Fields, own: Fields): Fields => Object.assign(Object.create(parent) as Fields, own);

const cache = new WeakMap<CinChildRecord, Row[]>();

/** Every scope's rows, each carrying the items of the levels above it (as the DfE's rules read them). */
function rowsOf(child: CinChildRecord, year: RulesYear): Row[] {
  const cached = cache.get(child);
  if (cached) return cached;
  const rows = buildRows(child, year);
  cache.set(child, rows);
  return rows;
}

function buildRows(child: CinChildRecord, year: RulesYear): Row[] {
  const top: Fields = {
    ReferenceDate: year.end, CollectionStartDate: year.start, LAchildID: child.LAchildID, UPN: child.UPN, UPNunknown: child.UPNunknown,
    PersonBirthDate: child.PersonBirthDate, ExpectedPersonBirthDate: child.ExpectedPersonBirthDate, Sex: child.Sex, Ethnicity: child.Ethnicity,
  };
  const rows: Row[] = [{ scope: 'child', fields: top, hit: { where: 'the child’s details', ref: { kind: 'child' } } }];
  for (const d of child.CINdetails) {
    const episode: Fields = under(top, {
      CINreferralDate: d.CINreferralDate, ReferralSource: d.ReferralSource, PrimaryNeedCode: d.PrimaryNeedCode, CINclosureDate: d.CINclosureDate,
      ReasonForClosure: d.ReasonForClosure, ReferralNFA: d.ReferralNFA, EpisodeDateOfInitialCPC: d.DateOfInitialCPC,
    });
    const on = (scope: Scope, what: string, date: string, fields: Fields): Row => ({ scope, fields: under(episode, fields), hit: { where: `${what} ${date}`, ref: { kind: REF[scope], date } } });
    rows.push({ scope: 'details', fields: episode, hit: { where: `referral ${d.CINreferralDate}`, ref: { kind: 'referral', date: d.CINreferralDate } } });
    for (const a of d.Assessments) rows.push(on('assessment', 'assessment starting', a.AssessmentActualStartDate, { AssessmentActualStartDate: a.AssessmentActualStartDate, AssessmentAuthorisationDate: a.AssessmentAuthorisationDate }));
    for (const p of d.CINPlanDates) rows.push(on('cinPlan', 'child in need plan starting', p.CINPlanStartDate, { ...p }));
    for (const s of d.Section47) rows.push(on('s47', 's47 enquiry starting', s.S47ActualStartDate, { ...s }));
    for (const p of d.ChildProtectionPlans) {
      const plan = { CPPstartDate: p.CPPstartDate, CPPendDate: p.CPPendDate, InitialCategoryOfAbuse: p.InitialCategoryOfAbuse, LatestCategoryOfAbuse: p.LatestCategoryOfAbuse, NumberOfPreviousCPP: p.NumberOfPreviousCPP };
      const planRow = on('cpPlan', 'child protection plan starting', p.CPPstartDate, plan);
      rows.push(planRow);
      for (const r of p.CPPreviewDate) rows.push({ scope: 'cpReview', fields: under(planRow.fields, { CPPreviewDate: r }), hit: { where: `review conference ${r}`, ref: { kind: 'cpReview', date: r } } });
    }
  }
  return rows;
}

/** Dates in order: `later` not before `earlier` (or strictly after, or on a different day), when both are given. */
export const CIN_DATE_ORDER: readonly { code: string; scope: Scope; earlier: string; later: string; relation?: 'after' | 'differ' }[] = [
  { code: '1103', scope: 'assessment', earlier: 'CINreferralDate', later: 'AssessmentActualStartDate' },
  { code: '1104', scope: 's47', earlier: 'CINreferralDate', later: 'DateOfInitialCPC' },
  { code: '1105', scope: 'cpPlan', earlier: 'CINreferralDate', later: 'CPPstartDate' },
  { code: '2889', scope: 's47', earlier: 'CINreferralDate', later: 'S47ActualStartDate' },
  { code: '4015', scope: 'cinPlan', earlier: 'CINreferralDate', later: 'CINPlanStartDate' },
  { code: '4011', scope: 'cinPlan', earlier: 'CINPlanStartDate', later: 'CINPlanEndDate' },
  { code: '4012Q', scope: 'cinPlan', earlier: 'CINPlanStartDate', later: 'CINPlanEndDate', relation: 'differ' },
  { code: '8520', scope: 'child', earlier: 'PersonBirthDate', later: 'ReferenceDate' },
  { code: '8600', scope: 'details', earlier: 'CINreferralDate', later: 'ReferenceDate' },
  { code: '8608', scope: 'assessment', earlier: 'AssessmentActualStartDate', later: 'AssessmentAuthorisationDate' },
  { code: '8615', scope: 's47', earlier: 'S47ActualStartDate', later: 'DateOfInitialCPC' },
  { code: '8630', scope: 'details', earlier: 'CINreferralDate', later: 'CINclosureDate' },
  { code: '8720', scope: 'cpPlan', earlier: 'CPPstartDate', later: 'ReferenceDate' },
  { code: '4010', scope: 'cinPlan', earlier: 'CINPlanStartDate', later: 'ReferenceDate' },
  { code: '8840', scope: 'cpPlan', earlier: 'CPPstartDate', later: 'CPPendDate', relation: 'differ' },
  { code: '8841', scope: 'cpReview', earlier: 'CPPstartDate', later: 'CPPreviewDate', relation: 'after' },
  { code: '8925', scope: 'cpPlan', earlier: 'CPPstartDate', later: 'CPPendDate' },
];

/** A date, when given, inside the collection year. */
export const CIN_IN_YEAR: readonly { code: string; scope: Scope; field: string }[] = [
  { code: '4013', scope: 'cinPlan', field: 'CINPlanEndDate' },
  { code: '8620', scope: 'details', field: 'CINclosureDate' },
  { code: '8696', scope: 'assessment', field: 'AssessmentAuthorisationDate' },
  { code: '8715', scope: 's47', field: 'DateOfInitialCPC' },
  { code: '8930', scope: 'cpPlan', field: 'CPPendDate' },
];

const set = (codes: Iterable<string>): ReadonlySet<string> => new Set(codes);
const CATEGORIES = set(['NEG', 'EMO', 'PHY', 'SAB', 'MUL']);

/** A code in its CIN census code set (CIN_schema_2026.xsd); `required`: a blank breaks the rule too. */
export const CIN_CODES: readonly { code: string; scope: Scope; field: string; codes: ReadonlySet<string>; required: boolean }[] = [
  { code: '4180', scope: 'child', field: 'Sex', codes: set(['M', 'F', 'U']), required: true },
  { code: '4220', scope: 'child', field: 'Ethnicity', codes: set(Object.keys(ETHNICITY_LABELS)), required: true },
  { code: '8568', scope: 'details', field: 'ReferralNFA', codes: set(['0', '1', 'true', 'false']), required: true },
  { code: '8640', scope: 'details', field: 'ReasonForClosure', codes: set(codesOf(CLOSURE_REASONS)), required: false },
  { code: '8650', scope: 'details', field: 'PrimaryNeedCode', codes: set(codesOf(PRIMARY_NEEDS)), required: false },
  { code: '8866', scope: 'details', field: 'ReferralSource', codes: set(codesOf(REFERRAL_SOURCES)), required: true },
  { code: '8905', scope: 'cpPlan', field: 'InitialCategoryOfAbuse', codes: CATEGORIES, required: true },
  { code: '8910', scope: 'cpPlan', field: 'LatestCategoryOfAbuse', codes: CATEGORIES, required: true },
];

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const nfa = (d: CinDetails): boolean => d.ReferralNFA === '1' || d.ReferralNFA === 'true';
/** Two periods (end null: still open) share a day other than one's end being the other's start. */
const overlap = (s1: string, e1: string | null, s2: string, e2: string | null): boolean => s1 < (e2 ?? '9999-12-31') && s2 < (e1 ?? '9999-12-31');

type CinCheck = (child: CinChildRecord, year: RulesYear) => Hit[];
const episodeHit = (d: CinDetails): Hit => ({ where: `referral ${d.CINreferralDate}`, ref: { kind: 'referral', date: d.CINreferralDate } });
const childHit: Hit = { where: 'the child’s details', ref: { kind: 'child' } };
const perEpisode = (broken: (d: CinDetails, year: RulesYear) => boolean): CinCheck => (child, year) => child.CINdetails.filter((d) => broken(d, year)).map(episodeHit);
const ifChild = (broken: (c: CinChildRecord, year: RulesYear) => boolean): CinCheck => (child, year) => (broken(child, year) ? [childHit] : []);
const hasDuplicates = (list: readonly string[]): boolean => new Set(list).size !== list.length;

/** Pairs of plans (start, end) in the whole record that break a rule; the later of each pair is reported. */
function pairs<T>(items: readonly T[], broken: (a: T, b: T) => boolean, hit: (t: T) => Hit): Hit[] {
  const out: Hit[] = [];
  items.forEach((b, j) => { if (items.slice(0, j).some((a) => broken(a, b))) out.push(hit(b)); });
  return out;
}
const cinPlans = (c: CinChildRecord) => c.CINdetails.flatMap((d) => d.CINPlanDates).sort((a, b) => cmp(a.CINPlanStartDate, b.CINPlanStartDate));
const cpPlans = (c: CinChildRecord) => c.CINdetails.flatMap((d) => d.ChildProtectionPlans).sort((a, b) => cmp(a.CPPstartDate, b.CPPstartDate));
const cinPlanHit = (p: { CINPlanStartDate: string }): Hit => ({ where: `child in need plan starting ${p.CINPlanStartDate}`, ref: { kind: 'cinPlan', date: p.CINPlanStartDate } });
const cpPlanHit = (p: { CPPstartDate: string }): Hit => ({ where: `child protection plan starting ${p.CPPstartDate}`, ref: { kind: 'cpPlan', date: p.CPPstartDate } });

/** The rules written out: each needs more than one row or a whole list. */
export const CIN_FUNCTIONS: Readonly<Record<string, CinCheck>> = {
  // UPN: 13 characters, 5-12 digits (1540), 13 a digit or a letter of the UPN alphabet (1550).
  '1540': ifChild((c) => c.UPN !== null && !/^.{4}\d{8}/.test(c.UPN)),
  '1550': ifChild((c) => c.UPN !== null && !/^.{12}[0-9ABCDEFGHJKLMNPQRTUVWXYZ]$/.test(c.UPN)),
  '1570': ifChild((c) => c.LAchildID.length > 20),
  '1580': ifChild((c) => !/^[A-Za-z0-9]*$/.test(c.LAchildID)),
  '8500': ifChild((c) => c.LAchildID.trim() === ''),
  // A conference at both the episode and the s47 level.
  '2884': perEpisode((d) => d.DateOfInitialCPC !== null && d.Section47.some((s) => s.DateOfInitialCPC !== null)),
  // More plans starting in the year than conferences held in it, within one episode.
  '2883': perEpisode((d, y) => {
    const inYear = (x: string | null): boolean => x !== null && x >= y.start && x <= y.end;
    const conferences = [d.DateOfInitialCPC, ...d.Section47.map((s) => s.DateOfInitialCPC)].filter(inYear).length;
    return d.ChildProtectionPlans.filter((p) => inYear(p.CPPstartDate)).length > conferences;
  }),
  '2991Q': perEpisode((d) => d.Section47.length > 0 && d.Assessments.length === 0),
  '4000': perEpisode((d) => nfa(d) && d.CINPlanDates.length > 0),
  '8831': perEpisode((d) => nfa(d) && (d.Assessments.length > 0 || d.Section47.length > 0 || d.DateOfInitialCPC !== null)),
  '8832': perEpisode((d) => nfa(d) && d.ChildProtectionPlans.length > 0),
  '8610': perEpisode((d) => !nfa(d) && !d.PrimaryNeedCode),
  '8805': perEpisode((d) => d.CINclosureDate !== null && !d.ReasonForClosure),
  '8810': perEpisode((d) => d.CINclosureDate === null && !!d.ReasonForClosure),
  '8867': perEpisode((d) => d.CINclosureDate !== null && d.Assessments.some((a) => a.AssessmentAuthorisationDate === null)),
  '8868': perEpisode((d) => d.CINclosureDate !== null && d.Section47.some((s) => s.DateOfInitialCPC === null && s.ICPCnotRequired !== '1' && s.ICPCnotRequired !== 'true')),
  // Anything dated after the episode closed.
  '8565': perEpisode((d) => {
    if (d.CINclosureDate === null) return false;
    const dates = [
      d.DateOfInitialCPC, ...d.Assessments.flatMap((a) => [a.AssessmentActualStartDate, a.AssessmentAuthorisationDate]),
      ...d.Section47.flatMap((s) => [s.S47ActualStartDate, s.DateOfInitialCPC]), ...d.ChildProtectionPlans.map((p) => p.CPPendDate),
      ...d.CINPlanDates.flatMap((p) => [p.CINPlanStartDate, p.CINPlanEndDate]),
    ];
    return dates.some((x) => x !== null && x > d.CINclosureDate!);
  }),
  '8839': perEpisode((d) => d.Section47.filter((s) => s.DateOfInitialCPC === null && s.ICPCnotRequired !== '1').length >= 2),
  '8896': perEpisode((d) => d.Assessments.filter((a) => a.AssessmentAuthorisationDate === null).length >= 2),
  '8863Q': (c) => c.CINdetails.flatMap((d) => d.Assessments).sort((a, b) => cmp(a.AssessmentActualStartDate, b.AssessmentActualStartDate))
    .filter((b, j, all) => all.slice(0, j).some((a) => a.AssessmentAuthorisationDate === null || a.AssessmentAuthorisationDate > b.AssessmentActualStartDate))
    .map((a) => ({ where: `assessment starting ${a.AssessmentActualStartDate}`, ref: { kind: 'assessment', date: a.AssessmentActualStartDate } })),
  '8890': (c) => c.CINdetails.flatMap((d) => d.Section47).sort((a, b) => cmp(a.S47ActualStartDate, b.S47ActualStartDate))
    .filter((b, j, all) => all.slice(0, j).some((a) => a.DateOfInitialCPC === null ? a.ICPCnotRequired !== '1' : a.DateOfInitialCPC > b.S47ActualStartDate))
    .map((s) => ({ where: `s47 enquiry starting ${s.S47ActualStartDate}`, ref: { kind: 's47', date: s.S47ActualStartDate } })),
  '8875': (c) => c.CINdetails.flatMap((d) => d.Section47).filter((s) => s.DateOfInitialCPC !== null && isWeekend(s.DateOfInitialCPC))
    .map((s) => ({ where: `initial conference ${s.DateOfInitialCPC}`, ref: { kind: 'conference', date: s.DateOfInitialCPC } })),
  // Assessment factors: only for a completed assessment (8614), "21" alone (8869), each once (8898),
  // some for a completed one (8897Q), not the withdrawn 18A and 19A (8945Q, 8950Q).
  '8614': (c) => assessmentsWhere(c, (a) => a.AssessmentAuthorisationDate === null && a.AssessmentFactors.length > 0),
  '8869': (c) => assessmentsWhere(c, (a) => a.AssessmentFactors.includes('21') && a.AssessmentFactors.length > 1),
  '8898': (c) => assessmentsWhere(c, (a) => hasDuplicates(a.AssessmentFactors)),
  '8897Q': (c) => assessmentsWhere(c, (a) => a.AssessmentAuthorisationDate !== null && a.AssessmentFactors.length === 0),
  '8945Q': (c) => assessmentsWhere(c, (a) => a.AssessmentFactors.includes('18A')),
  '8950Q': (c) => assessmentsWhere(c, (a) => a.AssessmentFactors.includes('19A')),
  '8790': ifChild((c) => c.Disability.includes('NONE') && c.Disability.length > 1),
  '8794': ifChild((c) => hasDuplicates(c.Disability)),
  '8540': ifChild((c) => c.Disability.some((d) => !Object.hasOwn(DISABILITY_LABELS, d))),
  '8750': ifChild((c) => c.PersonBirthDate === null && c.ExpectedPersonBirthDate !== null && c.Sex !== 'U'),
  '8525Q': ifChild((c) => (c.PersonBirthDate === null) === (c.ExpectedPersonBirthDate === null)),
  // A referral more than 40 weeks (280 days) before the child was born or is due.
  '8606': (c) => {
    const born = c.PersonBirthDate ?? c.ExpectedPersonBirthDate;
    return born ? c.CINdetails.filter((d) => d.CINreferralDate < addDays(born, -280)).map(episodeHit) : [];
  },
  '8772': ifChild((c) => c.UPNunknown === 'UN7' && c.CINdetails.some((d) => !nfa(d))),
  '8775Q': ifChild((c, y) => c.PersonBirthDate !== null && ageOn(c.PersonBirthDate, y.end) >= 25),
  '8730': (c) => cpPlans(c).filter((p) => !/^\d+$/.test(p.NumberOfPreviousCPP)).map(cpPlanHit),
  // Episodes: at most one open (8815), the open one the latest (8816), none overlapping (8820).
  '8815': (c) => c.CINdetails.filter((d) => d.CINclosureDate === null && !nfa(d)).slice(1).map(episodeHit),
  '8816': (c) => {
    const latest = [...c.CINdetails].sort((a, b) => cmp(a.CINreferralDate, b.CINreferralDate)).at(-1);
    return c.CINdetails.filter((d) => d !== latest && d.CINclosureDate === null && !nfa(d)).map(episodeHit);
  },
  '8820': (c) => pairs([...c.CINdetails].sort((a, b) => cmp(a.CINreferralDate, b.CINreferralDate)),
    (a, b) => a.CINclosureDate === null || a.CINclosureDate > b.CINreferralDate, episodeHit),
  // Plans: at most one open of each kind (4004, 8935), none overlapping (4014, 8940), a child in need plan
  // not open alongside a child protection plan (4016, 4017) nor at a review conference (4003).
  '4004': (c) => cinPlans(c).filter((p) => p.CINPlanEndDate === null).slice(1).map(cinPlanHit),
  '8935': (c) => cpPlans(c).filter((p) => p.CPPendDate === null).slice(1).map(cpPlanHit),
  '4014': (c) => pairs(cinPlans(c), (a, b) => overlap(a.CINPlanStartDate, a.CINPlanEndDate, b.CINPlanStartDate, b.CINPlanEndDate), cinPlanHit),
  '8940': (c) => pairs(cpPlans(c), (a, b) => overlap(a.CPPstartDate, a.CPPendDate, b.CPPstartDate, b.CPPendDate), cpPlanHit),
  '4016': (c) => cinPlans(c).filter((n) => cpPlans(c).some((p) => p.CPPstartDate <= n.CINPlanStartDate && (p.CPPendDate === null || n.CINPlanStartDate < p.CPPendDate))).map(cinPlanHit),
  '4017': (c) => cinPlans(c).filter((n) => cpPlans(c).some((p) => n.CINPlanStartDate < p.CPPstartDate && (n.CINPlanEndDate === null || p.CPPstartDate < n.CINPlanEndDate))).map(cinPlanHit),
  '4003': (c) => cpPlans(c).flatMap((p) => p.CPPreviewDate).filter((r) => cinPlans(c).some((n) => n.CINPlanStartDate < r && (n.CINPlanEndDate === null || r < n.CINPlanEndDate)))
    .map((r) => ({ where: `review conference ${r}`, ref: { kind: 'cpReview', date: r } })),
};

function assessmentsWhere(c: CinChildRecord, broken: (a: CinDetails['Assessments'][number]) => boolean): Hit[] {
  return c.CINdetails.flatMap((d) => d.Assessments).filter(broken)
    .map((a) => ({ where: `assessment starting ${a.AssessmentActualStartDate}`, ref: { kind: 'assessment' as const, date: a.AssessmentActualStartDate } }));
}

/** Every CIN rule Lantern checks, tables and functions together. */
export const CIN_RULES: readonly ReturnsRule<CinChildRecord>[] = [
  ...CIN_DATE_ORDER.map((t): ReturnsRule<CinChildRecord> => ({
    code: t.code, return: 'cin',
    check: (child, year) => rowsOf(child, year).filter((r) => {
      if (r.scope !== t.scope) return false;
      const a = r.fields[t.earlier];
      const b = r.fields[t.later];
      if (!a || !b) return false;
      return t.relation === 'after' ? b <= a : t.relation === 'differ' ? a === b : b < a;
    }).map((r) => r.hit),
  })),
  ...CIN_IN_YEAR.map((t): ReturnsRule<CinChildRecord> => ({
    code: t.code, return: 'cin',
    check: (child, year) => rowsOf(child, year).filter((r) => {
      const v = r.scope === t.scope ? r.fields[t.field] : null;
      return !!v && (v < year.start || v > year.end);
    }).map((r) => r.hit),
  })),
  ...CIN_CODES.map((t): ReturnsRule<CinChildRecord> => ({
    code: t.code, return: 'cin',
    check: (child, year) => rowsOf(child, year).filter((r) => {
      if (r.scope !== t.scope) return false;
      const v = r.fields[t.field];
      return v ? !t.codes.has(v) : t.required;
    }).map((r) => r.hit),
  })),
  ...Object.entries(CIN_FUNCTIONS).map(([code, check]): ReturnsRule<CinChildRecord> => ({ code, return: 'cin', check })),
];
