import type { RequestContext } from '../../context';
import type { ResidentSource, WriteMeta } from './resident-write.types';

/**
 * How the write path takes a change an officer makes by hand (a form, a counter's outcome, a print, an
 * outreach visit): audited resident by resident, the recording pipeline's transitions enforced, within
 * the officer's own region. One place decides it for every module that changes a resident on a person's
 * behalf; imports and generation build their own (batch audit, the extract taken as it is).
 */
export function officerWrite(ctx: RequestContext, source: ResidentSource, now?: Date): WriteMeta {
  return {
    source,
    actor: { id: ctx.user.id, username: ctx.user.username },
    role: ctx.user.role,
    ...(now && { now }),
    ip: ctx.ip,
    scope: ctx.user.regionCode,
    audit: 'each',
    enforceTransitions: true,
  };
}
