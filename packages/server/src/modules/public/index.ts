/** The no-login public dashboard (`/api/public/*`) and its on/off switch. */

export { publicRoutes } from './public.routes';
