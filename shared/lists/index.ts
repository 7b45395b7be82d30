/** Lists of any length: adding, the largest and the smallest, without spreading a document's worth of arguments. */
export { addTo, largest, pushAll, smallest } from './pushAll';
