/** Role and region checks every service runs on the region it really touches. */

export { assertInScope, authorize, inScope } from './authorize';
