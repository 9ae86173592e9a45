// The signed-in member of staff, as every access decision and audit row sees them.
import type { Role } from './roles.ts';

export interface Actor {
  localAuthorityId: string;
  staffUserId: string;
  username: string;
  displayName: string;
  roles: Role[];
  teamId: string;
  /** The service area of the actor's own team: a head of service sees that whole area. */
  serviceArea: string;
}

/** Where the request came from, recorded on every audit row. */
export interface RequestOrigin {
  ip: string;
  userAgent: string;
}
