// Who may see and record the supervision of a worker (supervision of the worker, not of a case).
// Supervision notes are about a member of staff (their wellbeing, their learning): deny by default.
// A worker reads their own history; their team manager records and reads; the head of service of the
// service area and the director read. Anyone else is answered 404, as for a child out of scope.
import type { Actor } from './actor.ts';
import { can } from './capabilities.ts';

export type WorkerSupervisionAccess = 'record' | 'read' | 'none';

export function workerSupervisionAccess(actor: Actor, worker: { id: string; teamId: string; serviceArea: string }): WorkerSupervisionAccess {
  // A manager does not record their own supervision: their own manager does.
  if (worker.id !== actor.staffUserId && can(actor, 'record_team_supervision') && worker.teamId === actor.teamId) return 'record';
  if (worker.id === actor.staffUserId) return 'read';
  if (can(actor, 'read_all_supervision')) return 'read';
  if (can(actor, 'read_service_supervision') && worker.serviceArea === actor.serviceArea) return 'read';
  return 'none';
}
