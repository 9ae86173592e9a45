// The LA's adoption service and its prospective adopters. Added after everything else, from its own
// random stream, so the rest of the synthetic LA does not move. The adoption social workers and their
// managers join the existing Fostering and Permanence team. Households come at about a few dozen a
// year for a Croydon-sized LA (England: about 5,000 households a year start stage 1 across some 150
// LAs and agencies), over the last three years, at every stage: some stage 1 late or overdue, some
// fast-tracked straight to stage 2, some leaving (withdrawn, on hold, refused), most approved ones
// matched and placed, a share fostering for adoption. Every household passes the rules a worker's
// household must pass (practice/adopters/validate-adopter.ts).
import type { SyntheticLocalAuthority, StaffRow } from './generate.ts';
import { Random } from './random.ts';
import { FAMILY_NAMES, GIVEN_NAMES_FEMALE, GIVEN_NAMES_MALE } from './names.ts';
import { SIZES, type SizeName } from './sizes.ts';
import type { AdopterHouseholdDetails } from '../practice/adopters/household.ts';
import { addDays } from '../practice/calendar/periods.ts';

export interface AdopterHouseholdRow extends AdopterHouseholdDetails {
  id: string;
  familyReference: string;
}

/** Roughly how many households enquire a year, by size of LA. */
export function adopterEnquiriesPerYear(size: SizeName): number {
  return Math.max(6, Math.round(SIZES[size].openChildren / 100));
}

const YEARS = 3;

const ADOPTER_ETHNICITIES: readonly (readonly [string, number])[] = [
  ['WBRI', 70], ['WOTH', 5], ['WIRI', 2], ['MWBC', 3], ['MOTH', 2], ['AIND', 3], ['APKN', 2], ['BCRB', 3], ['BAFR', 4], ['AOTH', 1], ['OOTH', 2], ['NOBT', 3],
];

function person(random: Random, gender: 'male' | 'female', familyName: string): Pick<AdopterHouseholdDetails, 'adopter1Name' | 'adopter1Gender' | 'adopter1Ethnicity' | 'adopter1Disability'> {
  const given = random.pick(gender === 'female' ? GIVEN_NAMES_FEMALE : GIVEN_NAMES_MALE);
  return {
    adopter1Name: `${given} ${familyName}`,
    adopter1Gender: random.chance(0.02) ? 'not_recorded' : gender,
    adopter1Ethnicity: random.weighted(ADOPTER_ETHNICITIES),
    adopter1Disability: random.weighted([['no', 85], ['yes', 5], ['unknown', 10]] as const),
  };
}

/** One household's journey through the process, each step only if it has happened by asAt. */
function household(random: Random, enquiry: string, asAt: string): AdopterHouseholdDetails {
  const couple = random.chance(0.65);
  const familyName = random.pick(FAMILY_NAMES);
  const firstGender = couple ? (random.chance(0.8) ? 'female' : random.chance(0.5) ? 'female' : 'male') : random.chance(0.7) ? 'female' : 'male';
  const first = person(random, firstGender, familyName);
  const secondGender = couple && random.chance(0.8) ? (firstGender === 'female' ? 'male' : 'female') : firstGender;
  const second = couple ? person(random, secondGender, random.chance(0.8) ? familyName : random.pick(FAMILY_NAMES)) : null;
  const h: AdopterHouseholdDetails = {
    ...first,
    adopter2Name: second?.adopter1Name ?? null,
    adopter2Gender: second?.adopter1Gender ?? null,
    adopter2Ethnicity: second?.adopter1Ethnicity ?? null,
    adopter2Disability: second?.adopter1Disability ?? null,
    fosteringForAdoption: random.chance(0.15),
    enquiryReceivedOn: enquiry,
    stage1StartedOn: null, stage1EndedOn: null, stage2StartedOn: null, stage2EndedOn: null, applicationSubmittedOn: null,
    approvedOn: null, matchedOn: null, placedOn: null, childrenPlaced: null, placedChildReferences: [], adoptionOrderOn: null,
    leftOn: null, leavingReason: null,
  };
  const happened = (date: string): boolean => date <= asAt;
  const leave = (on: string, reason: 'withdrew' | 'on_hold' | 'refused'): AdopterHouseholdDetails => {
    if (happened(on)) {
      h.leftOn = on;
      h.leavingReason = reason;
    }
    return h;
  };

  // Some never start stage 1 after the information session; a few (previous adopters, foster carers) fast-track to stage 2.
  if (random.chance(0.12)) return leave(addDays(enquiry, random.int(10, 60)), 'withdrew');
  const fastTrack = random.chance(0.08);
  let stage2From: string;
  if (!fastTrack) {
    const start = addDays(enquiry, random.int(7, 45));
    if (!happened(start)) return h;
    h.stage1StartedOn = start;
    // About a quarter of stage 1s run past their 2 months (waiting for checks and references).
    const end = addDays(start, random.chance(0.75) ? random.int(30, 59) : random.int(65, 120));
    if (random.chance(0.08)) return leave(addDays(start, random.int(10, 50)), random.chance(0.7) ? 'withdrew' : 'on_hold');
    if (!happened(end)) return h;
    h.stage1EndedOn = end;
    if (random.chance(0.1)) return leave(addDays(end, random.int(5, 60)), random.chance(0.6) ? 'withdrew' : 'on_hold');
    stage2From = addDays(end, random.int(3, 40));
  } else stage2From = addDays(enquiry, random.int(14, 60));

  if (!happened(stage2From)) return h;
  h.applicationSubmittedOn = stage2From;
  h.stage2StartedOn = stage2From;
  const decision = addDays(stage2From, random.chance(0.7) ? random.int(85, 120) : random.int(125, 200));
  if (random.chance(0.05)) return leave(addDays(stage2From, random.int(20, 80)), 'withdrew');
  if (!happened(decision)) return h;
  h.stage2EndedOn = decision;
  if (random.chance(0.07)) return leave(decision, 'refused');
  const approved = addDays(decision, random.chance(0.6) ? 0 : random.int(1, 14));
  if (!happened(approved)) return h;
  h.approvedOn = approved;
  if (random.chance(0.05)) return leave(addDays(approved, random.int(30, 200)), random.chance(0.5) ? 'withdrew' : 'on_hold');
  const matched = addDays(approved, random.int(20, 320));
  if (!happened(matched)) return h;
  h.matchedOn = matched;
  const placed = addDays(matched, random.int(14, 60));
  if (!happened(placed)) return h;
  h.placedOn = placed;
  h.childrenPlaced = random.weighted([[1, 75], [2, 20], [3, 5]] as const);
  const order = addDays(placed, random.int(90, 320));
  if (happened(order)) h.adoptionOrderOn = order;
  return h;
}

export function addAdoptionService(la: SyntheticLocalAuthority, options: { seed: number; size: SizeName; asAt: string; usernamePrefix: string }): void {
  const random = new Random(options.seed * 53 + 17);
  const team = la.teams.find((t) => t.serviceArea === 'fostering_and_permanence');
  if (!team) throw new Error('no fostering and permanence team');
  const taken = new Set(la.staff.map((s) => s.username));
  const staff = (username: string, displayName: string, roles: StaffRow['roles'], jobTitle: string, demo: boolean): StaffRow => {
    let name = `${options.usernamePrefix}${username}`;
    for (let n = 2; taken.has(name); n++) name = `${options.usernamePrefix}${username}${n}`;
    taken.add(name);
    return { id: random.uuid(), username: name, displayName, jobTitle, teamId: team.id, employmentType: 'permanent', asye: false, roles, demo };
  };
  la.staff.push(
    staff('adoption.worker', 'Ada Adoption-Worker', ['social_worker'], 'Adoption social worker', true),
    staff('adoption.manager', 'Abe Adoption-Manager', ['team_manager'], 'Adoption team manager', true),
  );
  for (let i = 0; i < 3; i++) {
    const given = random.pick([...GIVEN_NAMES_FEMALE, ...GIVEN_NAMES_MALE]);
    const family = random.pick(FAMILY_NAMES);
    la.staff.push(staff(`${given}.${family}`.toLowerCase(), `${given} ${family}`, ['social_worker'], 'Adoption social worker', false));
  }
  const given = random.pick(GIVEN_NAMES_FEMALE);
  const family = random.pick(FAMILY_NAMES);
  la.staff.push(staff(`${given}.${family}`.toLowerCase(), `${given} ${family}`, ['head_of_service'], 'Head of service, fostering and permanence', false));

  const count = adopterEnquiriesPerYear(options.size) * YEARS;
  const enquiries = Array.from({ length: count }, () => addDays(options.asAt, -random.int(0, YEARS * 365))).sort();
  la.adopterHouseholds = enquiries.map((enquiry, i) => ({
    id: random.uuid(),
    familyReference: `AF${String(i + 1).padStart(6, '0')}`,
    ...household(random, enquiry, options.asAt),
  }));
}
