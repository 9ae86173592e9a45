// Two small synthetic LAs side by side, the usual world for integration tests: "A" and "B".
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import { generateLocalAuthority, type SyntheticLocalAuthority } from '../synth/generate.ts';
import { loadLocalAuthority } from '../synth/load.ts';
import { withTenant } from '../store/tenant.ts';
import { loadStaffAccount } from '../store/staff.ts';
import type { Actor } from '../access/actor.ts';
import { openPreparedStore, type TestStore } from './database.ts';

export const AS_AT = '2026-11-02';
/** When the fixtures' clocks are computed as at (09:00 on AS_AT). */
export const LOADED_AT = new Date(`${AS_AT}T09:00:00Z`);

export interface TwoAuthorities {
  a: SyntheticLocalAuthority;
  b: SyntheticLocalAuthority;
}

export function generateTwoAuthorities(): TwoAuthorities {
  const a = generateLocalAuthority({ seed: 11, size: 'small', asAt: AS_AT, name: 'Authority A', dfeCode: '998', usernamePrefix: 'a.' });
  const b = generateLocalAuthority({ seed: 22, size: 'small', asAt: AS_AT, name: 'Authority B', dfeCode: '997', usernamePrefix: 'b.' });
  return { a, b };
}

export async function loadTwoAuthorities(db: Kysely<Database>): Promise<TwoAuthorities> {
  const world = generateTwoAuthorities();
  await loadLocalAuthority(db, world.a, LOADED_AT);
  await loadLocalAuthority(db, world.b, LOADED_AT);
  return world;
}

/** A test database with the two LAs in it: a copy of the prepared world, or built here. */
export async function openWorld(): Promise<TwoAuthorities & { store: TestStore }> {
  const { store, prepared } = await openPreparedStore();
  const world = prepared ? generateTwoAuthorities() : await loadTwoAuthorities(store.db);
  return { ...world, store };
}

export async function actorFor(db: Kysely<Database>, la: SyntheticLocalAuthority, username: string): Promise<Actor> {
  const staff = la.staff.find((s) => s.username === username);
  if (!staff) throw new Error(`no staff ${username}`);
  const account = await withTenant(db, la.id, (tx) => loadStaffAccount(tx, staff.id));
  if (!account) throw new Error(`cannot load ${username}`);
  return account.actor;
}

/** A clock the test moves by hand. */
export class FakeClock {
  constructor(private current: Date) {}
  now = (): Date => new Date(this.current);
  advanceMinutes(minutes: number): void {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
}
