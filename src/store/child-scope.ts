// Translates the access matrix's child scope (access/child-access.ts) into a SQL filter on child.
// The rule is decided in access/; this file only states it in SQL, and the matrix test holds the two
// to the same answers.
import { sql, type ExpressionBuilder, type Expression, type SqlBool } from 'kysely';
import type { Actor } from '../access/actor.ts';
import { childScopeOf } from '../access/child-access.ts';
import type { Database } from './schema.ts';

export function childInScope(actor: Actor): (eb: ExpressionBuilder<Database, 'child'>) => Expression<SqlBool> {
  const scope = childScopeOf(actor);
  return (eb) => {
    switch (scope) {
      case 'local_authority':
        return sql<boolean>`true`;
      case 'none':
        return sql<boolean>`false`;
      case 'own_and_team':
        return eb.exists(
          eb
            .selectFrom('allocation as a')
            .select(sql`1`.as('one'))
            .whereRef('a.child_id', '=', 'child.id')
            .where('a.end_date', 'is', null)
            .where((w) => w.or([w('a.worker_id', '=', actor.staffUserId), w('a.team_id', '=', actor.teamId)])),
        );
      case 'service_area':
        return eb.exists(
          eb
            .selectFrom('allocation as a')
            .innerJoin('team as t', (j) => j.onRef('t.local_authority_id', '=', 'a.local_authority_id').onRef('t.id', '=', 'a.team_id'))
            .select(sql`1`.as('one'))
            .whereRef('a.child_id', '=', 'child.id')
            .where('a.end_date', 'is', null)
            .where((w) =>
              w.or([
                w('t.service_area', '=', actor.serviceArea),
                w('a.team_id', '=', actor.teamId),
                w('a.worker_id', '=', actor.staffUserId),
              ]),
            ),
        );
    }
  };
}
