import type { Role } from '@sigap/domain';

/** The logged-in user as services see it. */
export interface SessionUser {
  id: number;
  username: string;
  fullName: string;
  role: Role;
  regionCode: string;
}

/** Who is acting and from where: every service call that reads or writes personal data receives it. */
export interface RequestContext {
  user: SessionUser;
  ip: string;
}
