// Kysely's view of the tables created by migrations/*.sql. Keep in step with the SQL: the migrations
// are the truth, this file only types them.
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** Dates are carried as ISO strings (YYYY-MM-DD) end to end; see store/database.ts type parsers. */
type IsoDate = ColumnType<string, string, string>;

export interface LocalAuthorityTable {
  id: string;
  name: string;
  dfe_code: string;
  created_at: Generated<Timestamp>;
}

export interface TeamTable {
  local_authority_id: string;
  id: string;
  name: string;
  service_area: string;
  /** Funded posts (migration 0010); null when the LA has not set it. */
  establishment: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface StaffUserTable {
  local_authority_id: string;
  id: string;
  username: string;
  display_name: string;
  job_title: Generated<string>;
  team_id: string;
  employment_type: 'permanent' | 'agency';
  asye: Generated<boolean>;
  /** When the ASYE year began: the ASYE supervision pattern runs from here. */
  asye_start_date: ColumnType<string | null, string | null | undefined, string | null>;
  password_hash: string | null;
  disabled_at: Timestamp | null;
  created_at: Generated<Timestamp>;
  /** Employment dates (migration 0010): headcount, leavers and turnover on the service dashboard. */
  started_on: ColumnType<string | null, string | null | undefined, string | null>;
  left_on: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface StaffRoleTable {
  local_authority_id: string;
  staff_user_id: string;
  role: string;
}

export interface AccountDirectoryTable {
  username: string;
  local_authority_id: string;
  staff_user_id: string;
}

export interface StaffSessionTable {
  local_authority_id: string;
  token_hash: string;
  staff_user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  ended_at: Timestamp | null;
  ended_reason: string | null;
  ip: Generated<string>;
  user_agent: Generated<string>;
}

export interface SignInThrottleTable {
  key: string;
  failures: number;
  window_started_at: Timestamp;
  locked_until: Timestamp | null;
}

export interface ChildTable {
  local_authority_id: string;
  id: string;
  child_reference: string;
  given_name: string;
  family_name: string;
  date_of_birth: IsoDate | null;
  expected_date_of_birth: IsoDate | null;
  sex: string;
  ethnicity: string;
  nhs_number: string | null;
  upn: string | null;
  disabilities: Generated<string[]>;
  first_language: Generated<string>;
  unaccompanied_asylum_seeking: Generated<boolean>;
  version: Generated<number>;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}

export interface ChildAddressTable {
  local_authority_id: string;
  id: string;
  child_id: string;
  line_1: string;
  line_2: Generated<string>;
  town: string;
  postcode: string;
  start_date: IsoDate;
  end_date: IsoDate | null;
}

export interface FamilyLinkTable {
  local_authority_id: string;
  child_id: string;
  related_child_id: string;
  relationship: string;
}

export interface AllocationTable {
  local_authority_id: string;
  id: string;
  child_id: string;
  worker_id: string;
  team_id: string;
  start_date: IsoDate;
  end_date: IsoDate | null;
  end_reason: string | null;
}

export interface AuditEventTable {
  local_authority_id: string;
  id: Generated<string>;
  occurred_at: Timestamp;
  actor_id: string | null;
  actor_username: string;
  actor_display_name: string;
  actor_roles: string[];
  action: string;
  record_type: string;
  record_id: string | null;
  child_id: string | null;
  ip: Generated<string>;
  user_agent: Generated<string>;
  detail: Generated<unknown>;
}

export interface JourneyRecordTable {
  local_authority_id: string;
  id: string;
  child_id: string;
  record_type: string;
  record_key: string;
  data: unknown;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  created_by: string | null;
  updated_by: string | null;
}

export interface ContactSubmissionTable {
  local_authority_id: string;
  id: string;
  reference: string;
  submitted_by: string;
  submitted_at: Timestamp;
  referrer_name: string;
  referrer_agency: string;
  referrer_phone: string;
  source_code: string;
  child_given_name: string;
  child_family_name: string;
  child_date_of_birth: IsoDate | null;
  child_address: string;
  concerns: string;
  family_aware: 'yes' | 'no' | 'no_risk';
  status: 'received' | 'linked' | 'decided';
  child_id: string | null;
  contact_key: string | null;
  version: Generated<number>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface LocalStandardsTable {
  local_authority_id: string;
  settings: unknown;
  version: Generated<number>;
  updated_at: Generated<Date>;
  updated_by: string | null;
}

export interface LocalBankHolidayTable {
  local_authority_id: string;
  holiday_date: IsoDate;
  name: string;
  created_at: Generated<Date>;
  created_by: string | null;
}

/** The LA's local offer to care leavers, entitlement by entitlement (migration 0009). */
export interface LocalOfferEntitlementTable {
  local_authority_id: string;
  id: string;
  title: string;
  description: Generated<string>;
  position: Generated<number>;
  created_at: Generated<Date>;
  created_by: string | null;
}

export interface ClockInstanceTable {
  local_authority_id: string;
  child_id: string;
  clock_id: string;
  record_id: string;
  occurrence: number;
  started: string;
  due: string;
  due_date: IsoDate;
  completed: string | null;
  stopped_at: string | null;
  state: string;
  lateness: number | null;
  lateness_unit: string;
  worker_id: string | null;
  team_id: string | null;
  computed_as_at: Timestamp;
}

export interface AdopterHouseholdTable {
  local_authority_id: string;
  id: string;
  family_reference: string;
  adopter_1_name: string;
  adopter_1_gender: string;
  adopter_1_ethnicity: string;
  adopter_1_disability: string;
  adopter_2_name: string | null;
  adopter_2_gender: string | null;
  adopter_2_ethnicity: string | null;
  adopter_2_disability: string | null;
  fostering_for_adoption: boolean;
  enquiry_received_on: IsoDate;
  stage_1_started_on: IsoDate | null;
  stage_1_ended_on: IsoDate | null;
  stage_2_started_on: IsoDate | null;
  stage_2_ended_on: IsoDate | null;
  application_submitted_on: IsoDate | null;
  approved_on: IsoDate | null;
  matched_on: IsoDate | null;
  placed_on: IsoDate | null;
  children_placed: number | null;
  placed_child_references: Generated<string[]>;
  adoption_order_on: IsoDate | null;
  left_on: IsoDate | null;
  leaving_reason: string | null;
  version: Generated<number>;
  created_by: string | null;
  updated_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** One row per child: the drift summary (migration 0011; practice/oversight/drift.ts). */
export interface ChildDriftTable {
  local_authority_id: string;
  child_id: string;
  last_progress_date: IsoDate | null;
  last_progress_kind: string | null;
  last_progress_what: string | null;
  carried_actions: number;
  worker_id: string | null;
  team_id: string | null;
  computed_as_at: Timestamp;
}

/** Migration 0012: what the team board shows for a child (practice/oversight/oversight-summary.ts). */
export interface ChildOversightTable {
  local_authority_id: string;
  child_id: string;
  worker_id: string | null;
  team_id: string | null;
  open_due_dates: string[];
  due_soon_dates: string[];
  kinds: string[];
  last_oversight_date: IsoDate | null;
  allocation_starts: string[];
  valid_from: IsoDate | null;
  valid_until: IsoDate | null;
  computed_as_at: Timestamp;
}

export interface WorkerSupervisionTable {
  local_authority_id: string;
  id: string;
  worker_id: string;
  supervisor_id: string;
  session_date: IsoDate;
  kind: 'supervision' | 'asye_review';
  reflective_summary: string;
  wellbeing_discussed: boolean;
  workload_discussed: boolean;
  children_discussed: Generated<string[]>;
  note: Generated<string>;
  version: Generated<number>;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  updated_at: Generated<Timestamp>;
}

export interface Database {
  local_authority: LocalAuthorityTable;
  team: TeamTable;
  staff_user: StaffUserTable;
  staff_role: StaffRoleTable;
  account_directory: AccountDirectoryTable;
  staff_session: StaffSessionTable;
  sign_in_throttle: SignInThrottleTable;
  child: ChildTable;
  child_address: ChildAddressTable;
  family_link: FamilyLinkTable;
  allocation: AllocationTable;
  audit_event: AuditEventTable;
  journey_record: JourneyRecordTable;
  local_standards: LocalStandardsTable;
  local_bank_holiday: LocalBankHolidayTable;
  local_offer_entitlement: LocalOfferEntitlementTable;
  clock_instance: ClockInstanceTable;
  child_drift: ChildDriftTable;
  child_oversight: ChildOversightTable;
  contact_submission: ContactSubmissionTable;
  adopter_household: AdopterHouseholdTable;
  worker_supervision: WorkerSupervisionTable;
}
