/**
 * Service points (issue 12): offices, UPT, MPP and mobile units with weekly hours, closures, extra sessions
 * and the capacity each day offers. Bookings, tickets and SKM will build on it.
 */
export { seedDemoServicePoints } from './demo-service-points';
export { listActivePoints, loadPointPlan, type PointWithPlan } from './service-point-plan';
export { servicePointsRoutes } from './service-points.routes';
