/**
 * The burial register (issue 16): cemeteries and their managers, burials entered from a phone (also
 * offline), and the regency office's worklist that ends each entry in a death certificate (the resident
 * marked deceased through the one write path) or a reasoned dismissal; certificates annulled by a second
 * officer; the figures of the command center.
 */
export { burialWorklistRoutes } from './burial-worklist.routes';
export { burialsRoutes } from './burials.routes';
export { linkCemeteryManager } from './cemeteries.commands';
export { seedDemoBurials } from './demo-burials';
