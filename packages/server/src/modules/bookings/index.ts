/**
 * Bookings (issue 12). This index is merged with the bookings module's own; the queue module uses the
 * check-in below.
 */
export {
  type BookingRow,
  bookingCodeFrom,
  findBookingForCheckIn,
  markBookingCheckedIn,
} from './bookings-check-in';
