/** Which measures a clause speaks about. */
export { relatedToms } from './relatedToms';
