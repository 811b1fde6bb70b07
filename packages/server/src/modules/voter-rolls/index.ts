/**
 * The voter-roll (DPT/DP4) cross-check (issue 16): a roll extract imported through the import machinery
 * (kind `voter_roll`, staged by `voterRollSink`), classified set-based against the registry, summarised per
 * region, listed (masked), downloaded, and used as an invitation batch or an outreach site's target list.
 */
export { seedDemoVoterRoll } from './demo-voter-rolls.repository';
export { residentIdsOfRollSet } from './voter-roll-sets.service';
export { voterRollSink } from './voter-roll-sink';
export { voterRollsRoutes } from './voter-rolls.routes';
