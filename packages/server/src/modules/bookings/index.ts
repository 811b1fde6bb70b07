/**
 * Online booking (issue 12): public seat holds, bookings with code and queue number, look-up, cancel and
 * reschedule with NIK and code, invitation PDF/.ics/WhatsApp; office day lists, invitations from the
 * registry, reminders the day before and the sweep that gives expired holds their seats back. The queue
 * module checks booked residents in through `bookings-check-in`.
 */

export { bookingJobHandlers, REMIND_JOB, sendDueReminders, startBookingScheduler } from './booking-reminders';
export {
  type BookingRow,
  bookingCodeFrom,
  findBookingForCheckIn,
  followTicketOnBooking,
  markBookingCheckedIn,
} from './bookings-check-in';
export { bookingsOfficeRoutes } from './bookings-office.routes';
export { bookingsPublicRoutes } from './bookings-public.routes';
export { seedDemoBookings } from './demo-bookings';
export { inviteResidentIds } from './invitation-batch';
