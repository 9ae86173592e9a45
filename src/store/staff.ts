// Staff accounts: finding who is signing in, loading the actor for a session, and administration.
import type { Kysely } from 'kysely';
import type { Actor } from '../access/actor.ts';
import { isRole, type Role } from '../access/roles.ts';
import type { Database } from './schema.ts';
import type { Tx } from './tenant.ts';

export interface DirectoryEntry {
  localAuthorityId: string;
  staffUserId: string;
}

/** Which LA a username belongs to. The directory is readable before any tenant is set. */
export async function findInDirectory(db: Kysely<Database> | Tx, username: string): Promise<DirectoryEntry | null> {
  const row = await db
    .selectFrom('account_directory')
    .select(['local_authority_id', 'staff_user_id'])
    .where('username', '=', username)
    .executeTakeFirst();
  return row ? { localAuthorityId: row.local_authority_id, staffUserId: row.staff_user_id } : null;
}

export interface StaffAccount {
  actor: Actor;
  passwordHash: string | null;
  disabledAt: Date | null;
}

export async function loadStaffAccount(tx: Tx, staffUserId: string): Promise<StaffAccount | null> {
  const row = await tx
    .selectFrom('staff_user as s')
    .innerJoin('team as t', (j) => j.onRef('t.local_authority_id', '=', 's.local_authority_id').onRef('t.id', '=', 's.team_id'))
    .select(['s.local_authority_id', 's.id', 's.username', 's.display_name', 's.team_id', 't.service_area', 's.password_hash', 's.disabled_at'])
    .where('s.id', '=', staffUserId)
    .executeTakeFirst();
  if (!row) return null;
  const roles = await tx.selectFrom('staff_role').select('role').where('staff_user_id', '=', staffUserId).orderBy('role').execute();
  return staffAccountOf({ ...row, roles: roles.map((r) => r.role) });
}

/** A staff account from its row, its team's service area and its roles (in role order). */
export function staffAccountOf(row: {
  local_authority_id: string;
  id: string;
  username: string;
  display_name: string;
  team_id: string;
  service_area: string;
  password_hash: string | null;
  disabled_at: Date | null;
  roles: readonly string[];
}): StaffAccount {
  return {
    actor: {
      localAuthorityId: row.local_authority_id,
      staffUserId: row.id,
      username: row.username,
      displayName: row.display_name,
      roles: row.roles.filter(isRole),
      teamId: row.team_id,
      serviceArea: row.service_area,
    },
    passwordHash: row.password_hash,
    disabledAt: row.disabled_at,
  };
}

export interface StaffListRow {
  id: string;
  username: string;
  displayName: string;
  jobTitle: string;
  teamName: string;
  employmentType: string;
  asye: boolean;
  roles: Role[];
  disabledAt: Date | null;
}

export async function listStaff(tx: Tx): Promise<StaffListRow[]> {
  const rows = await tx
    .selectFrom('staff_user as s')
    .innerJoin('team as t', (j) => j.onRef('t.local_authority_id', '=', 's.local_authority_id').onRef('t.id', '=', 's.team_id'))
    .select(['s.id', 's.username', 's.display_name', 's.job_title', 't.name as team_name', 's.employment_type', 's.asye', 's.disabled_at'])
    .orderBy('t.name')
    .orderBy('s.display_name')
    .execute();
  const roles = await tx.selectFrom('staff_role').select(['staff_user_id', 'role']).execute();
  const byUser = new Map<string, Role[]>();
  for (const r of roles) if (isRole(r.role)) byUser.set(r.staff_user_id, [...(byUser.get(r.staff_user_id) ?? []), r.role]);
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    jobTitle: r.job_title,
    teamName: r.team_name,
    employmentType: r.employment_type,
    asye: r.asye,
    roles: byUser.get(r.id) ?? [],
    disabledAt: r.disabled_at,
  }));
}
