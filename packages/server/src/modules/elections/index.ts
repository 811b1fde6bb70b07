/** Elections (pemilu, pilkada): the reference days coverage and forecasts count towards. */

export { isVoterOf } from './election-voters';
export { createElectionCommand } from './elections.commands';
export { electionsRoutes } from './elections.routes';
export {
  electionConcerns,
  electionRef,
  electionsFrom,
  ensureDefaultElections,
  ensureElections,
  getElection,
  getElectionInScope,
  listElections,
} from './elections.service';
