// The synthetic local authority, as plain rows: pure and deterministic for a seed and an as-at date.
// Calibrated to PRACTICE.md §5: caseloads about 16, agency share about 18%, roughly one in eight
// social workers in their ASYE, families of one to four children, most children with one or two
// workers so far and some with many (the count Ofsted asks about). Each child also gets a journey
// (journeys.ts) for the stage its team works at, drawn after every other row.
import { addReturnInterviewService } from './return-interview-service.ts';
import { addAdoptionService, type AdopterHouseholdRow } from './adopters.ts';
import { generateContactSubmissions, type SubmissionRow } from './contact-submissions.ts';
import { Random } from './random.ts';
import { FAMILY_NAMES, GIVEN_NAMES_FEMALE, GIVEN_NAMES_MALE, LANGUAGES, STAFF_GIVEN_NAMES, STREETS, TOWNS } from './names.ts';
import { SIZES, type SizeName } from './sizes.ts';
import { nhsNumberCheckDigit } from '../practice/identity/nhs-number.ts';
import { upnCheckLetter } from '../practice/identity/upn.ts';
import type { Role } from '../access/roles.ts';
import type { Journey } from '../practice/journey/journey.ts';
import { generateJourney, type JourneyStage } from './journeys.ts';
import { addWorkforceHistory } from './workforce.ts';
import { LOCAL_OFFER, LOCAL_OFFER_DESCRIPTIONS } from './casework-text.ts';
import { addWorkerSupervision, type WorkerSupervisionRow } from './worker-supervision.ts';

export interface SynthOptions {
  seed: number;
  size: SizeName;
  /** The day the data is "as at" (YYYY-MM-DD): ages and allocation dates are relative to it. */
  asAt: string;
  name: string;
  dfeCode: string;
  /** Prefixed to demo usernames so several synthetic LAs can share one installation. */
  usernamePrefix: string;
  /**
   * The share of children looked after who are unaccompanied asylum-seeking children (0 to 1): England
   * about 8% (UASC_SHARE_ENGLAND), Croydon 48% in 2017 (PRACTICE.md §5). Default England's.
   */
  uascShare?: number;
}

/** England's share of children looked after who are UASC (PRACTICE.md §5, about 8%). */
export const UASC_SHARE_ENGLAND = 0.08;
/** Children in a looked-after family that is not UASC, on average (the family sizes drawn below: 1.88). */
const MEAN_FAMILY_SIZE = (1 * 45 + 2 * 30 + 3 * 17 + 4 * 8) / 100;

/**
 * The chance a looked-after family is one UASC child, so that UASC children are `share` of the children:
 * share = p / (p + (1 - p) × mean family size), solved for p.
 */
export function uascFamilyChance(share: number): number {
  if (!(share >= 0 && share <= 1)) throw new Error(`the UASC share must be between 0 and 1, got ${share}`);
  return share === 1 ? 1 : (share * MEAN_FAMILY_SIZE) / (1 - share + share * MEAN_FAMILY_SIZE);
}

export interface TeamRow { id: string; name: string; serviceArea: string; establishment?: number | null }
export interface StaffRow { id: string; username: string; displayName: string; jobTitle: string; teamId: string; employmentType: 'permanent' | 'agency'; asye: boolean; roles: Role[]; demo: boolean; startedOn?: string | null; leftOn?: string | null; /** When the ASYE year began (ASYE workers only). */ asyeStartDate?: string | null }
export interface ChildRow {
  id: string; childReference: string; givenName: string; familyName: string; dateOfBirth: string | null; expectedDateOfBirth: string | null;
  sex: string; ethnicity: string; nhsNumber: string | null; upn: string | null; disabilities: string[]; firstLanguage: string; uasc: boolean;
}
export interface AddressRow { id: string; childId: string; line1: string; town: string; postcode: string; startDate: string; endDate: string | null }
export interface FamilyLinkRow { childId: string; relatedChildId: string; relationship: string }
export interface AllocationRow { id: string; childId: string; workerId: string; teamId: string; startDate: string; endDate: string | null; endReason: string | null }

export interface SyntheticLocalAuthority {
  id: string;
  name: string;
  dfeCode: string;
  teams: TeamRow[];
  staff: StaffRow[];
  children: ChildRow[];
  addresses: AddressRow[];
  familyLinks: FamilyLinkRow[];
  allocations: AllocationRow[];
  /** Each child's journey (contacts, assessments, plans, care…), in the same order as `children`. */
  journeys: Journey[];
  /** Contacts partner agencies have submitted online, waiting in the front door's inbox. */
  submissions: SubmissionRow[];
  /** Prospective adopter households (Annex A List 11), worked by the fostering and permanence team. */
  adopterHouseholds: AdopterHouseholdRow[];
  /** The LA's local offer to care leavers (the synthetic LA's own choice of entitlements). */
  localOffer: { id: string; title: string; description: string }[];
  /** Supervision sessions of each caseworker with their team manager (supervision of the worker). */
  workerSupervisions: WorkerSupervisionRow[];
}

/** The demo sign-ins, one per role, printed at first start. */
export const DEMO_ACCOUNTS: readonly { username: string; role: Role; alsoRoles?: readonly Role[]; area: string; displayName: string; jobTitle: string }[] = [
  { username: 'social.worker', role: 'social_worker', area: 'child_protection_and_children_in_need', displayName: 'Sam Social-Worker', jobTitle: 'Social worker' },
  { username: 'team.manager', role: 'team_manager', area: 'child_protection_and_children_in_need', displayName: 'Tara Team-Manager', jobTitle: 'Team manager' },
  { username: 'head.of.service', role: 'head_of_service', area: 'child_protection_and_children_in_need', displayName: 'Hari Head-of-Service', jobTitle: 'Head of service, child protection and children in need' },
  { username: 'director', role: 'director', area: 'leadership', displayName: 'Dana Director', jobTitle: 'Director of children’s services' },
  { username: 'front.door', role: 'front_door_worker', area: 'front_door', displayName: 'Femi Front-Door', jobTitle: 'Front door social worker' },
  { username: 'front.door.manager', role: 'team_manager', alsoRoles: ['front_door_worker'], area: 'front_door', displayName: 'Farah Front-Door-Manager', jobTitle: 'Front door team manager' },
  { username: 'iro', role: 'cp_chair_iro', area: 'quality_and_performance', displayName: 'Imogen IRO', jobTitle: 'Independent reviewing officer' },
  { username: 'personal.adviser', role: 'personal_adviser', area: 'care_leavers', displayName: 'Pat Personal-Adviser', jobTitle: 'Personal adviser' },
  { username: 'early.help', role: 'early_help_worker', area: 'early_help', displayName: 'Eli Early-Help', jobTitle: 'Early help practitioner' },
  { username: 'out.of.hours', role: 'out_of_hours_worker', area: 'out_of_hours', displayName: 'Omar Out-of-Hours', jobTitle: 'Emergency duty social worker' },
  { username: 'analyst', role: 'performance_analyst', area: 'quality_and_performance', displayName: 'Ana Analyst', jobTitle: 'Performance analyst' },
  { username: 'admin', role: 'administrator', area: 'quality_and_performance', displayName: 'Adi Administrator', jobTitle: 'Systems administrator' },
  { username: 'partner.police', role: 'partner_referrer', area: 'partner_agency', displayName: 'PC Parker (Police)', jobTitle: 'Police public protection officer' },
];
export const DEMO_PASSWORD = 'lantern-demo';

const ETHNICITY_WEIGHTS: readonly (readonly [string, number])[] = [
  ['WBRI', 60], ['WOTH', 6], ['WIRI', 1], ['WROM', 1], ['WIRT', 0.5], ['MWBC', 3], ['MWBA', 1.5], ['MWAS', 1.5], ['MOTH', 3],
  ['AIND', 2], ['APKN', 3], ['ABAN', 1.5], ['AOTH', 2], ['BCRB', 2], ['BAFR', 5], ['BOTH', 1.5], ['CHNE', 0.5], ['OOTH', 3],
  ['REFU', 0.5], ['NOBT', 1],
];

type Casework = 'assessment' | 'childProtection' | 'lookedAfter' | 'careLeavers' | 'earlyHelp';
const CASEWORK_AREA: Record<Casework, { area: string; teamName: string; role: Role; title: string }> = {
  assessment: { area: 'assessment', teamName: 'Assessment', role: 'social_worker', title: 'Social worker' },
  childProtection: { area: 'child_protection_and_children_in_need', teamName: 'Child Protection and CIN', role: 'social_worker', title: 'Social worker' },
  lookedAfter: { area: 'children_looked_after', teamName: 'Children Looked After', role: 'social_worker', title: 'Social worker' },
  careLeavers: { area: 'care_leavers', teamName: 'Care Leavers', role: 'personal_adviser', title: 'Personal adviser' },
  earlyHelp: { area: 'early_help', teamName: 'Early Help', role: 'early_help_worker', title: 'Early help practitioner' },
};
/** Share of open children held by each kind of team. */
const CASEWORK_SHARE: readonly (readonly [Casework, number])[] = [
  ['assessment', 0.18], ['childProtection', 0.4], ['lookedAfter', 0.2], ['careLeavers', 0.16], ['earlyHelp', 0.06],
];
const LOCALITIES = ['North', 'Central', 'South', 'East', 'West', 'Riverside', 'Hillside', 'Docklands', 'Market', 'Parkside', 'Valley', 'Harbour', 'Forest', 'Meadow', 'Castle', 'Bridge'];
const CASELOAD = 16;

function isoDay(base: string, offsetDays: number): string {
  const d = new Date(`${base}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offsetDays);
  return d.toISOString().slice(0, 10);
}

export function generateLocalAuthority(options: SynthOptions): SyntheticLocalAuthority {
  const size = SIZES[options.size];
  const uascChance = uascFamilyChance(options.uascShare ?? UASC_SHARE_ENGLAND);
  const random = new Random(options.seed);
  const la: SyntheticLocalAuthority = { id: random.uuid(), name: options.name, dfeCode: options.dfeCode, teams: [], staff: [], children: [], addresses: [], familyLinks: [], allocations: [], journeys: [], submissions: [], adopterHouseholds: [], localOffer: [], workerSupervisions: [] };
  const usedUsernames = new Set<string>();
  const username = (given: string, family: string): string => {
    const base = `${options.usernamePrefix}${given}.${family}`.toLowerCase().replace(/[^a-z0-9.]/g, '');
    let name = base;
    for (let n = 2; usedUsernames.has(name); n++) name = `${base}${n}`;
    usedUsernames.add(name);
    return name;
  };

  const addTeam = (name: string, serviceArea: string): TeamRow => {
    const team = { id: random.uuid(), name, serviceArea };
    la.teams.push(team);
    return team;
  };
  const addStaff = (team: TeamRow, roles: Role[], jobTitle: string, opts: { agency?: boolean; asye?: boolean } = {}): StaffRow => {
    const given = random.pick(STAFF_GIVEN_NAMES);
    const family = random.pick(FAMILY_NAMES);
    const staff: StaffRow = {
      id: random.uuid(), username: username(given, family), displayName: `${given} ${family}`, jobTitle, teamId: team.id,
      employmentType: opts.agency ? 'agency' : 'permanent', asye: opts.asye ?? false, roles, demo: false,
    };
    la.staff.push(staff);
    return staff;
  };

  // Teams that do not hold casework.
  const frontDoor = addTeam('Front Door (MASH)', 'front_door');
  const outOfHours = addTeam('Emergency Duty Team', 'out_of_hours');
  const quality = addTeam('Quality Assurance and Performance', 'quality_and_performance');
  const leadership = addTeam('Leadership', 'leadership');
  const partners = addTeam('Partner agencies', 'partner_agency');
  addTeam('Fostering and Permanence', 'fostering_and_permanence');

  // Casework teams and their workers, sized for caseloads of about 16.
  const caseworkTeams = new Map<Casework, { team: TeamRow; workers: StaffRow[] }[]>();
  for (const [kind, share] of CASEWORK_SHARE) {
    const count = size.teams[kind];
    const childrenPerTeam = Math.ceil((size.openChildren * share) / count);
    const spec = CASEWORK_AREA[kind];
    const teams: { team: TeamRow; workers: StaffRow[] }[] = [];
    for (let t = 0; t < count; t++) {
      const team = addTeam(`${spec.teamName} ${LOCALITIES[t] ?? t + 1}`, spec.area);
      addStaff(team, ['team_manager'], 'Team manager');
      const workers: StaffRow[] = [];
      const workerCount = Math.max(2, Math.ceil(childrenPerTeam / CASELOAD));
      for (let w = 0; w < workerCount; w++) {
        workers.push(addStaff(team, [spec.role], spec.title, { agency: random.chance(0.18), asye: spec.role === 'social_worker' && random.chance(0.12) }));
      }
      teams.push({ team, workers });
    }
    caseworkTeams.set(kind, teams);
    const first = teams[0];
    if (first) addStaff(first.team, ['head_of_service'], `Head of service, ${spec.teamName.toLowerCase()}`);
  }
  for (let i = 0; i < 3; i++) addStaff(frontDoor, ['front_door_worker'], 'Front door social worker', { agency: random.chance(0.2) });
  addStaff(frontDoor, ['team_manager', 'front_door_worker'], 'Front door team manager');
  for (let i = 0; i < 3; i++) addStaff(outOfHours, ['out_of_hours_worker'], 'Emergency duty social worker', { agency: random.chance(0.3) });
  for (let i = 0; i < 3; i++) addStaff(quality, ['cp_chair_iro'], 'Independent reviewing officer');
  addStaff(quality, ['performance_analyst'], 'Performance analyst');

  // The demo accounts, placed in the teams their roles belong to.
  const demoTeam = (area: string): TeamRow => {
    if (area === 'leadership') return leadership;
    if (area === 'front_door') return frontDoor;
    if (area === 'out_of_hours') return outOfHours;
    if (area === 'quality_and_performance') return quality;
    if (area === 'partner_agency') return partners;
    for (const teams of caseworkTeams.values()) if (teams[0]?.team.serviceArea === area) return teams[0].team;
    throw new Error(`no team for ${area}`);
  };
  for (const demo of DEMO_ACCOUNTS) {
    const team = demoTeam(demo.area);
    const staff: StaffRow = { id: random.uuid(), username: `${options.usernamePrefix}${demo.username}`, displayName: demo.displayName, jobTitle: demo.jobTitle, teamId: team.id, employmentType: 'permanent', asye: false, roles: [demo.role, ...(demo.alsoRoles ?? [])], demo: true };
    usedUsernames.add(staff.username);
    la.staff.push(staff);
    // Demo caseworkers hold real caseloads in their team.
    for (const teams of caseworkTeams.values()) for (const entry of teams) if (entry.team.id === team.id && ['social_worker', 'personal_adviser', 'early_help_worker'].includes(demo.role)) entry.workers.unshift(staff);
  }

  // Children, in families.
  let childNumber = 0;
  let nhsSerial = random.int(100000, 400000);
  const nextNhs = (): string => {
    for (;;) {
      const nine = `999${String(nhsSerial++).padStart(6, '0')}`;
      const check = nhsNumberCheckDigit(nine);
      if (check !== null) return `${nine}${check}`;
    }
  };
  let upnSerial = 0;
  const makeUpn = (): string => {
    const school = String(random.int(2000, 2999));
    const year = String(random.int(10, 25)).padStart(2, '0');
    const rest = `${options.dfeCode}${school}${year}${String(upnSerial++ % 1000).padStart(3, '0')}`;
    return `${upnCheckLetter(rest)}${rest}`;
  };
  const ageRange: Record<Casework, [number, number]> = { assessment: [0, 17], childProtection: [0, 16], lookedAfter: [0, 17], careLeavers: [18, 22], earlyHelp: [0, 15] };

  // Which family and kind of casework each child came from (recorded without drawing on `random`, so the
  // rows above stay the same for a seed); the journeys are generated from these after everything else.
  const familyOfChild: number[] = [];
  const kindOfChild: (Casework | 'closed')[] = [];
  let familyCount = 0;
  const makeFamily = (kind: Casework | 'closed', open: boolean): void => {
    familyCount += 1;
    const familyName = random.pick(FAMILY_NAMES);
    const ethnicity = random.weighted(ETHNICITY_WEIGHTS);
    const language = random.weighted(LANGUAGES);
    const uascFamily = kind === 'lookedAfter' && random.chance(uascChance);
    const familySize = kind === 'careLeavers' || uascFamily ? 1 : random.weighted([[1, 45], [2, 30], [3, 17], [4, 8]] as const);
    const [minAge, maxAge] = kind === 'closed' ? [0, 17] : ageRange[kind];
    const street = `${random.int(1, 220)} ${random.pick(STREETS)}`;
    const town = random.pick(TOWNS);
    const postcode = `NB${random.int(1, 19)} ${random.int(1, 9)}${random.pick(['A', 'B', 'D', 'E', 'F', 'G', 'H', 'J', 'L', 'N', 'P', 'Q', 'R', 'S', 'T', 'U', 'W', 'X', 'Y', 'Z'])}${random.pick(['A', 'B', 'D', 'E', 'F', 'G', 'H', 'J', 'L', 'N'])}`;
    const teams = kind === 'closed' ? null : caseworkTeams.get(kind)!;
    const holder = teams ? random.pick(teams) : null;
    const worker = holder ? random.pick(holder.workers) : null;
    const allocationStart = isoDay(options.asAt, -random.int(7, kind === 'careLeavers' || kind === 'lookedAfter' ? 900 : 300));
    const familyChildren: ChildRow[] = [];
    for (let i = 0; i < familySize; i++) {
      childNumber += 1;
      const unborn = kind === 'childProtection' && i === 0 && random.chance(0.03);
      const sexCode = unborn ? '0' : random.chance(0.52) ? '1' : '2';
      const givenName = unborn ? 'Unborn' : sexCode === '1' ? random.pick(GIVEN_NAMES_MALE) : random.pick(GIVEN_NAMES_FEMALE);
      const age = random.int(minAge, maxAge);
      const dateOfBirth = unborn ? null : isoDay(options.asAt, -(age * 365 + random.int(0, 364)));
      const schoolAge = !unborn && age >= 5 && age <= 16;
      const child: ChildRow = {
        id: random.uuid(),
        childReference: `C${String(childNumber).padStart(6, '0')}`,
        givenName,
        familyName: uascFamily ? random.pick(FAMILY_NAMES) : familyName,
        dateOfBirth,
        expectedDateOfBirth: unborn ? isoDay(options.asAt, random.int(14, 150)) : null,
        sex: sexCode,
        ethnicity: uascFamily ? random.weighted([['BAFR', 4], ['AOTH', 3], ['OOTH', 2], ['BOTH', 1]] as const) : ethnicity,
        nhsNumber: unborn || random.chance(0.04) ? null : nextNhs(),
        upn: schoolAge && random.chance(0.9) ? makeUpn() : null,
        disabilities: random.chance(0.1) ? [random.pick(['AUT', 'LD', 'COMM', 'BEH', 'MOB', 'HEAR', 'VIS'])] : random.chance(0.5) ? ['NONE'] : [],
        firstLanguage: uascFamily ? random.pick(['Tigrinya', 'Pashto', 'Arabic', 'Kurdish']) : language,
        uasc: uascFamily,
      };
      la.children.push(child);
      familyOfChild.push(familyCount);
      kindOfChild.push(kind);
      familyChildren.push(child);
      la.addresses.push({ id: random.uuid(), childId: child.id, line1: street, town, postcode, startDate: isoDay(options.asAt, -random.int(200, 2000)), endDate: null });
      if (random.chance(0.2)) {
        const end = isoDay(options.asAt, -random.int(2001, 2600));
        la.addresses.push({ id: random.uuid(), childId: child.id, line1: `${random.int(1, 220)} ${random.pick(STREETS)}`, town: random.pick(TOWNS), postcode, startDate: isoDay(end, -random.int(200, 900)), endDate: end });
      }
      if (holder && worker) {
        // Earlier workers, each handing over to the next: most children have had one or two.
        const changes = random.weighted([[0, 45], [1, 28], [2, 14], [3, 7], [4, 4], [6, 2]] as const);
        let end = allocationStart;
        const past: AllocationRow[] = [];
        for (let c = 0; c < changes; c++) {
          const pastTeam = random.pick(teams!);
          const start = isoDay(end, -random.int(30, 240));
          past.push({ id: random.uuid(), childId: child.id, workerId: random.pick(pastTeam.workers).id, teamId: pastTeam.team.id, startDate: start, endDate: end, endReason: random.pick(['Worker left the authority', 'Case transferred between teams', 'Caseload rebalanced', 'Worker on long-term leave']) });
          end = start;
        }
        la.allocations.push(...past, { id: random.uuid(), childId: child.id, workerId: worker.id, teamId: holder.team.id, startDate: allocationStart, endDate: null, endReason: null });
      } else if (!open) {
        // A closed case: its last allocation ended.
        const pastTeam = random.pick(caseworkTeams.get('assessment')!);
        const end = isoDay(options.asAt, -random.int(30, 700));
        la.allocations.push({ id: random.uuid(), childId: child.id, workerId: random.pick(pastTeam.workers).id, teamId: pastTeam.team.id, startDate: isoDay(end, -random.int(20, 200)), endDate: end, endReason: 'Case closed' });
      }
    }
    for (let i = 0; i < familyChildren.length; i++) {
      for (let j = i + 1; j < familyChildren.length; j++) {
        const relationship = random.chance(0.85) ? 'sibling' : 'half_sibling';
        la.familyLinks.push({ childId: familyChildren[i]!.id, relatedChildId: familyChildren[j]!.id, relationship });
        la.familyLinks.push({ childId: familyChildren[j]!.id, relatedChildId: familyChildren[i]!.id, relationship });
      }
    }
  };

  for (const [kind, share] of CASEWORK_SHARE) {
    const target = Math.round(size.openChildren * share);
    const start = la.children.length;
    while (la.children.length - start < target) makeFamily(kind, true);
  }
  const closedStart = la.children.length;
  while (la.children.length - closedStart < size.closedChildren) makeFamily('closed', false);
  addJourneys(la, random, options.asAt, familyOfChild, kindOfChild);
  // Its own random stream, so the inbox never shifts the children or their journeys.
  la.submissions = generateContactSubmissions(options.seed, options.asAt, la.staff, la.children);
  // The local offer: ids drawn from a generator of their own so the rows above stay the same for a seed.
  const offerIds = new Random(options.seed + 9173);
  la.localOffer = LOCAL_OFFER.map((title) => ({ id: offerIds.uuid(), title, description: LOCAL_OFFER_DESCRIPTIONS[title] ?? '' }));
  addReturnInterviewService(la, options.seed, options.usernamePrefix);
  addAdoptionService(la, options);
  addWorkforceHistory(la, options.seed, options.asAt, options.usernamePrefix);
  addWorkerSupervision(la, options.seed, options.asAt);
  return la;
}

const STAGE_OF_CASEWORK: Record<Exclude<Casework, 'childProtection'> | 'closed', JourneyStage> = {
  assessment: 'assessment', lookedAfter: 'looked_after', careLeavers: 'care_leaver', earlyHelp: 'early_help', closed: 'closed',
};
/** Share of the child protection and CIN teams' children on CP plans (Croydon 2017: 399 of 1,789 children in need). */
const CP_SHARE = 0.25;

/** One journey per child, drawn from `random` after every other row so that those rows do not change. */
function addJourneys(la: SyntheticLocalAuthority, random: Random, asAt: string, familyOfChild: readonly number[], kindOfChild: readonly (Casework | 'closed')[]): void {
  const allocationsOf = new Map<string, AllocationRow[]>();
  for (const a of la.allocations) {
    const list = allocationsOf.get(a.childId);
    if (list) list.push(a);
    else allocationsOf.set(a.childId, [a]);
  }
  // Siblings share a stage. Whole families are drawn, nudged towards the target share so that even a small
  // LA has about a quarter of those children on plans; a family expecting a baby is always a CP case.
  // Each team's manager authorises its assessments; the front door's manager signs off its decisions.
  const ofTeam = new Map<string, string>();
  for (const s of la.staff) if (s.roles.includes('team_manager') && !ofTeam.has(s.teamId)) ofTeam.set(s.teamId, s.id);
  const frontDoorTeam = la.teams.find((t) => t.serviceArea === 'front_door');
  const managers = { ofTeam, frontDoor: (frontDoorTeam && ofTeam.get(frontDoorTeam.id)) ?? null };
  // The LA's own IROs chair its looked-after reviews (the demo's "Imogen IRO" among them).
  const iroNames = la.staff.filter((s) => s.roles.includes('cp_chair_iro')).map((s) => s.displayName);
  const iros = iroNames.length ? iroNames : undefined;
  const cpFamily = new Map<number, boolean>();
  let teamChildren = 0;
  let cpChildren = 0;
  la.children.forEach((child, i) => {
    const kind = kindOfChild[i]!;
    const family = familyOfChild[i]!;
    let stage: JourneyStage;
    if (kind === 'childProtection') {
      let cp = cpFamily.get(family);
      if (cp === undefined) {
        cp = child.expectedDateOfBirth !== null || random.chance(Math.min(1, Math.max(0, CP_SHARE + (CP_SHARE * teamChildren - cpChildren) / 8)));
        cpFamily.set(family, cp);
      }
      teamChildren += 1;
      if (cp) cpChildren += 1;
      stage = cp ? 'child_protection' : 'child_in_need';
    } else stage = STAGE_OF_CASEWORK[kind];
    const rows = (allocationsOf.get(child.id) ?? []).slice().sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
    const allocations = rows.map((a) => ({ workerId: a.workerId, teamId: a.teamId, startDate: a.startDate, endDate: a.endDate }));
    la.journeys.push(generateJourney(random, { childId: child.id, dateOfBirth: child.dateOfBirth, expectedDateOfBirth: child.expectedDateOfBirth, stage, allocations, uasc: child.uasc, managers, iros }, asAt));
  });
}
