// Inserting many rows at once as one JSON parameter (jsonb_to_recordset) rather than thousands of bound
// parameters: the embedded PGlite pays for every parameter crossing into WebAssembly, and PostgreSQL
// parses one JSON array faster than it binds a wide VALUES list. Used for bulk loads and rebuilds.
import { sql } from 'kysely';
import type { Tx } from './tenant.ts';

/** Column name → its PostgreSQL type, in insert order. */
export type ColumnTypes = readonly (readonly [string, string])[];

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

export async function bulkInsert(tx: Tx, table: string, columns: ColumnTypes, rows: readonly Record<string, unknown>[], batch = 5000): Promise<void> {
  if (!IDENTIFIER.test(table) || columns.some(([name, type]) => !IDENTIFIER.test(name) || !/^[a-z][a-z ]*(\[\])?$/.test(type))) {
    throw new Error(`bulkInsert: bad table or column name for ${table}`);
  }
  const names = columns.map(([name]) => name).join(', ');
  const definition = columns.map(([name, type]) => `${name} ${type}`).join(', ');
  for (let i = 0; i < rows.length; i += batch) {
    const json = JSON.stringify(rows.slice(i, i + batch));
    await sql`insert into ${sql.raw(table)} (${sql.raw(names)}) select ${sql.raw(names)} from jsonb_to_recordset(${json}::jsonb) as r(${sql.raw(definition)})`.execute(tx);
  }
}

/**
 * Replaces the one row per child that a per-child summary table holds (child_drift, child_oversight) for
 * the given journeys: their old rows deleted and new ones inserted, in batches, in the caller's transaction.
 */
export async function replaceChildRows<J extends { child: { id: string } }>(
  tx: Tx,
  table: 'child_drift' | 'child_oversight',
  columns: ColumnTypes,
  journeys: readonly J[],
  rowOf: (journey: J) => Record<string, unknown>,
  batch = 500,
): Promise<void> {
  for (let i = 0; i < journeys.length; i += batch) {
    const some = journeys.slice(i, i + batch);
    await tx.deleteFrom(table).where('child_id', 'in', some.map((j) => j.child.id)).execute();
    await bulkInsert(tx, table, columns, some.map(rowOf));
  }
}
