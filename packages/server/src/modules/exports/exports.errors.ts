import { AppError } from '../../errors';

/** The export errors clients switch on: one place for their ids and wording. */
export const exportErrors = {
  /**
   * A simulated election's voting day is invented: a report signed by the Kepala Dinas must never state
   * figures against it, so the official PDF is refused rather than printed with a warning.
   */
  demoElectionNotOfficial: (name: string) =>
    new AppError(
      'demo_election_not_official',
      422,
      `"${name}" adalah pemilihan simulasi (demo); laporan situasi resmi tidak dapat dibuat untuknya. ` +
        'Pilih tanggal atau pemilihan yang sebenarnya.',
      `"${name}" is a simulated (demo) election; no official situation report can be made for it. ` +
        'Choose a date or a real election.',
    ),
};
