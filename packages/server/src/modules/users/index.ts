/** User accounts: the admin API, and the account lookups and writes that login, the CLI and the seed use. */

export { ensureDemoPassword, findAccount, findPublicUser, markLoggedIn } from './user-accounts';
export { createUserCommand, setPasswordCommand, updateUserCommand } from './users.commands';
export { toPublicUser, toSessionUser } from './users.presenter';
export type { UserWithRegion } from './users.repository';
export { usersRoutes } from './users.routes';
export {
  createUser,
  createUserAsSystem,
  getUserInScope,
  listUsersInScope,
  updateUser,
} from './users.service';
