// Who may call a service. The schema's scope-auth already refuses anonymous or wrong-role callers; these
// narrow the type and guard services called from elsewhere (jobs, scripts, tests).
import { NotAuthorizedError } from '../../errors';
import type { Actor, StaffActor } from './actor';

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new NotAuthorizedError('UNAUTHENTICATED');
  return actor;
}

export function requireCitizen(actor: Actor | null): Actor {
  if (actor?.kind !== 'CITIZEN') throw new NotAuthorizedError(actor ? 'FORBIDDEN' : 'UNAUTHENTICATED');
  return actor;
}

export function requireStaff(actor: Actor | null): StaffActor {
  if (actor?.kind !== 'STAFF' || actor.role === null) {
    throw new NotAuthorizedError(actor ? 'FORBIDDEN' : 'UNAUTHENTICATED');
  }
  // A one-time password gives nothing but the change of it (the schema's scopes say the same).
  if (actor.mustChangePassword) throw new NotAuthorizedError('PASSWORD_CHANGE_REQUIRED');
  return actor as StaffActor;
}
