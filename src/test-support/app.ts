// A Lantern app on a fresh test database with two synthetic LAs and a clock the test controls.
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../server/app.ts';
import type { TestStore } from './database.ts';
import { FakeClock, openWorld, type TwoAuthorities } from './fixtures.ts';

export interface TestWorld extends TwoAuthorities {
  app: FastifyInstance;
  store: TestStore;
  clock: FakeClock;
  close(): Promise<void>;
}

export async function startTestWorld(start = new Date('2026-11-02T09:00:00Z')): Promise<TestWorld> {
  const { store, ...world } = await openWorld();
  const clock = new FakeClock(start);
  const app = await buildApp({ db: store.db, now: clock.now, secureCookies: false });
  await app.ready();
  return {
    ...world,
    app,
    store,
    clock,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}
