/** Lists of any length: adding, the largest and the smallest, without spreading a document's worth of arguments; where in an ascending list a value falls. */
export { addTo, largest, pushAll, smallest } from './pushAll';
export { firstAbove } from './firstAbove';
