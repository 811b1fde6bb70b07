import { ROLE_LABELS, type Role } from '@sigap/domain';
import { AppError, errors } from '../../errors';

/** The user-administration errors clients switch on, beside the shared ones in `errors`. */
export const userErrors = {
  roleNotAllowed: (role: Role) =>
    new AppError(
      'role_not_allowed',
      403,
      `Anda tidak boleh memberikan atau mengubah peran ${role}, yang lebih tinggi dari peran Anda.`,
      `You may not grant or change the role ${role}, which is above your own.`,
    ),
  /** Issue 11: a role whose module has no page yet (ROLES_WITHOUT_MODULE) is not handed out. */
  roleUnavailable: (role: Role) =>
    new AppError(
      'role_unavailable',
      422,
      `Peran ${ROLE_LABELS[role].id} belum dapat diberikan: modulnya belum tersedia.`,
      `The role ${ROLE_LABELS[role].en} cannot be given yet: its module is not available.`,
      [
        {
          field: 'role',
          message: 'Peran ini belum tersedia.',
          messageEn: 'This role is not available yet.',
        },
      ],
    ),
  /**
   * Issue 9: an admin must not reset the password of, deactivate, or otherwise change a peer admin (equal
   * or higher rank); that would let one province admin take over or silence another. Only a superadmin may
   * (there is no rank above it). Acting on one's own account stays possible (own password, name).
   */
  peerAccountProtected: () =>
    new AppError(
      'peer_account_protected',
      403,
      'Akun ini setingkat dengan peran Anda; hanya superadmin yang dapat mengubahnya.',
      'This account has the same rank as your role; only a superadmin can change it.',
    ),
  unknownRegion: (code: string) =>
    errors.validation([
      {
        field: 'regionCode',
        message: `Wilayah ${code} tidak ditemukan.`,
        messageEn: `Region ${code} does not exist.`,
      },
    ]),
  usernameTaken: (username: string) =>
    new AppError(
      'username_taken',
      409,
      `Nama pengguna ${username} sudah dipakai.`,
      `Username ${username} is already taken.`,
      [{ field: 'username', message: 'Sudah dipakai.', messageEn: 'Already taken.' }],
    ),
  cannotDeactivateSelf: () =>
    new AppError(
      'cannot_deactivate_self',
      409,
      'Anda tidak dapat menonaktifkan akun Anda sendiri.',
      'You cannot deactivate your own account.',
    ),
};
