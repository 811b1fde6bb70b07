import type { ErrorBody, FieldError } from '@sigap/contracts';

/**
 * One error model for the whole API: a stable snake_case id, an HTTP status, and a message in
 * Indonesian and English (the body's shape is the contract's `ErrorBody`). Clients switch on `error`;
 * people read `message` / `messageEn`.
 */
export type { ErrorBody, FieldError };

export class AppError extends Error {
  /** For a 429: how long the client must wait; sent as the Retry-After header. */
  retryAfterSeconds: number | undefined;

  constructor(
    readonly id: string,
    readonly status: number,
    readonly messageId: string,
    readonly messageEn: string,
    readonly details?: FieldError[],
  ) {
    super(messageEn);
    this.name = 'AppError';
  }

  toBody(): ErrorBody {
    const body: ErrorBody = { error: this.id, message: this.messageId, messageEn: this.messageEn };
    if (this.details) body.details = this.details;
    return body;
  }
}

/** Constructors for the errors every module shares; modules add their own with `new AppError`. */
export const errors = {
  notAuthenticated: () =>
    new AppError('not_authenticated', 401, 'Silakan masuk terlebih dahulu.', 'Please log in first.'),
  invalidCredentials: () =>
    new AppError(
      'invalid_credentials',
      401,
      'Nama pengguna atau kata sandi salah.',
      'Wrong username or password.',
    ),
  /** Every 429 carries Retry-After (set from `retryAfterSeconds` by the error handler) and says the same. */
  tooManyLoginAttempts: (seconds: number) => {
    const wait =
      seconds < 120
        ? { id: `${seconds} detik`, en: `${seconds} seconds` }
        : { id: `${Math.ceil(seconds / 60)} menit`, en: `${Math.ceil(seconds / 60)} minutes` };
    const e = new AppError(
      'too_many_login_attempts',
      429,
      `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${wait.id}.`,
      `Too many failed login attempts. Try again in ${wait.en}.`,
    );
    e.retryAfterSeconds = seconds;
    return e;
  },
  csrf: () =>
    new AppError(
      'csrf_token_invalid',
      403,
      'Token keamanan tidak valid. Muat ulang halaman lalu coba lagi.',
      'Security token is invalid. Reload the page and try again.',
    ),
  forbidden: () =>
    new AppError(
      'forbidden',
      403,
      'Peran Anda tidak berwenang melakukan tindakan ini.',
      'Your role is not allowed to do this.',
    ),
  /**
   * Only for a region the caller named themselves (`?region=52`): it reveals nothing. It never names the
   * region, so no caller can put someone else's region in it. A person (by id or NIK) outside the scope
   * answers as not found instead: otherwise out_of_scope vs not found tells that the person exists.
   */
  outOfScope: () =>
    new AppError(
      'out_of_scope',
      403,
      'Wilayah yang diminta berada di luar wilayah kerja Anda.',
      'The requested region is outside your region scope.',
    ),
  notFound: (entityId: string, entityEn: string, key: string) =>
    new AppError(
      `${entityEn.replace(/\s+/g, '_')}_not_found`,
      404,
      `${entityId} ${key} tidak ditemukan.`,
      `${capitalise(entityEn)} ${key} not found.`,
    ),
  validation: (details: FieldError[]) =>
    new AppError(
      'validation_failed',
      400,
      'Data yang dikirim tidak valid. Periksa isian yang ditandai.',
      'The submitted data is invalid. Check the marked fields.',
      details,
    ),
  routeNotFound: () =>
    new AppError('route_not_found', 404, 'Alamat API tidak dikenal.', 'Unknown API route.'),
  internal: () =>
    new AppError(
      'internal_error',
      500,
      'Terjadi kesalahan pada server. Silakan coba lagi.',
      'Something went wrong on the server. Please try again.',
    ),
};

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
