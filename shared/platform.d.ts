/**
 * The few platform globals `shared/` may use: they exist alike in browsers and in Node,
 * so using them keeps `shared/` free of both DOM and Node types.
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
