import { AppError } from '../../errors';

/** The outbox's own errors, on the shared model (stable id, status, Indonesian and English text). */
export const outboxErrors = {
  phoneInvalid: () =>
    new AppError(
      'phone_invalid',
      400,
      'Nomor HP bukan nomor seluler Indonesia yang valid.',
      'The phone number is not a valid Indonesian mobile number.',
    ),
  messageNotFound: () =>
    new AppError('message_not_found', 404, 'Pesan tidak ditemukan.', 'Message not found.'),
  alreadySent: () =>
    new AppError(
      'message_already_sent',
      409,
      'Pesan ini sudah dikirim melalui gateway.',
      'This message was already sent through the gateway.',
    ),
  callbackDisabled: () =>
    new AppError(
      'callback_not_configured',
      404,
      'Gateway pesan tidak dikonfigurasi.',
      'No message gateway is configured.',
    ),
  badSignature: () =>
    new AppError('signature_invalid', 401, 'Tanda tangan tidak valid.', 'The signature is invalid.'),
};
