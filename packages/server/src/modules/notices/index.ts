/** In-app notices: admin alerts and notes to a user about their account. */

export { type AccountChange, renderAccountChange } from './notices.messages';
export { noticesRoutes } from './notices.routes';
export { type Alert, alertAdmins, notifyUser } from './notices.service';
