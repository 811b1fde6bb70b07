/** In-app notices: admin alerts and notes to a user about their account. */

export { noticesRoutes } from './notices.routes';
export { type Alert, alertAdmins, notifyUser } from './notices.service';
