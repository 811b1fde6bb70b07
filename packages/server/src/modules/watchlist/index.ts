/** The Desk Pilkada watch list: regions lagging their forecast, plus signals other modules register. */

export { registerWatchSignal, type WatchSignal } from './watch-signals';
export { watchlistRoutes } from './watchlist.routes';
