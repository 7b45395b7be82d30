/** "Who does what": each party's duties from the clauses and its measures, as a list to print or copy. */
export { obligationsOf, obligationsText, type Obligation } from './whoDoesWhat';
