// Who is asking, for services that need a signed-in person. The schema's scope-auth already refuses
// anonymous callers; these narrow the type and guard services called from elsewhere (jobs, tests).
import type { Context, Viewer } from '../../context';
import { NotAuthorizedError } from './errors';

export function requireViewer(ctx: Context): Viewer {
  if (!ctx.viewer) throw new NotAuthorizedError('UNAUTHENTICATED');
  return ctx.viewer;
}

export function requireStaff(ctx: Context): Viewer {
  if (ctx.viewer?.kind !== 'STAFF') throw new NotAuthorizedError(ctx.viewer ? 'FORBIDDEN' : 'UNAUTHENTICATED');
  return ctx.viewer;
}
