import { AppError } from '../../errors';

/**
 * The import errors clients switch on, beside the shared ones in `errors` and the file refusals in
 * parse/import-format-error.ts: one place, so ids and wording stay uniform.
 */
export const importErrors = {
  notMultipart: () =>
    new AppError(
      'unsupported_media_type',
      415,
      'Unggah berkas sebagai multipart/form-data (kolom "file").',
      'Upload the file as multipart/form-data (field "file").',
    ),
  fileMissing: () =>
    new AppError('file_missing', 400, 'Pilih berkas untuk diunggah.', 'Choose a file to upload.'),
  fileTooLarge: () =>
    new AppError(
      'payload_too_large',
      413,
      'Berkas terlalu besar (maksimal 1 GB).',
      'File too large (max 1 GB).',
    ),
  uploadIncomplete: () =>
    new AppError(
      'upload_incomplete',
      400,
      'Unggahan terputus atau rusak; kirim ulang berkasnya.',
      'The upload was cut off or is malformed; send the file again.',
    ),
  uploadNotFound: (id: string) =>
    new AppError(
      'upload_not_found',
      404,
      `Berkas unggahan ${id} tidak ditemukan.`,
      `Upload ${id} not found.`,
    ),
  uploadMissing: () =>
    new AppError(
      'import_upload_missing',
      422,
      'Berkas unggahan impor ini sudah tidak ada; unggah ulang berkasnya.',
      'The uploaded file of this import is gone; upload the file again.',
    ),
  uploadChanged: () =>
    new AppError(
      'import_upload_changed',
      422,
      'Berkas unggahan impor ini berubah sejak impor dimulai; unggah ulang berkasnya.',
      'The uploaded file of this import changed after the import started; upload the file again.',
    ),
  interruptedRepeatedly: (attempts: number) =>
    new AppError(
      'import_interrupted_repeatedly',
      422,
      `Impor dihentikan: server berhenti ${attempts} kali saat menjalankannya. Periksa berkasnya lalu unggah ulang.`,
      `Import stopped: the server stopped ${attempts} times while running it. Check the file and upload it again.`,
    ),
  kindNotAvailable: (kind: string) =>
    new AppError(
      'import_kind_not_available',
      422,
      `Jenis impor ${kind} tidak dapat dijalankan oleh proses ini.`,
      `Import kind ${kind} cannot be run by this process.`,
    ),
};
