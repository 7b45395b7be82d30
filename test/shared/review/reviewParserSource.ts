/**
 * Writes the parser zod's compiler makes of `ReviewSchema` as the source of a module, so that
 * reading a review does not generate it at every start. zod builds the parser with
 * `new Function(...constantNames, body)` and calls it with the constants' values (enum sets,
 * patterns, the schema's refinements); both are taken here from that call and each constant is
 * written as an expression the module can evaluate.
 */
import * as z from 'zod';
import { reviewRefinements, reviewSchemas } from '../../../shared/review/schema';

type Made = { names: string[]; body: string; values: unknown[] };

function madeByCompiler(): Made {
  const RealFunction = globalThis.Function;
  const made: Made = { names: [], body: '', values: [] };
  globalThis.Function = function capture(...args: string[]) {
    made.body = args.pop() ?? '';
    made.names = args;
    const factory = new RealFunction(...made.names, made.body) as (...values: unknown[]) => unknown;
    return (...values: unknown[]) => {
      made.values = values;
      return factory(...values);
    };
  } as unknown as FunctionConstructor;
  try {
    z.core.compileFn(reviewSchemas().ReviewSchema);
  } finally {
    globalThis.Function = RealFunction;
  }
  return made;
}

function expressionFor(name: string, value: unknown): string {
  if (value === z.INVALID) return 'INVALID';
  if (value instanceof Set && [...value].every((item) => typeof item === 'string')) return `new Set(${JSON.stringify([...value])})`;
  if (value instanceof RegExp) return String(value);
  if (value === z.util.codePointLength) return 'util.codePointLength';
  // zod's own: a refinement that answers with a promise is an async check reached synchronously.
  if (typeof value === 'function' && value.name === 'throwAsync') return '() => { throw new $ZodAsyncError(); }';
  const refinement = Object.entries(reviewRefinements).find(([, check]) => check === value);
  if (refinement) return `reviewRefinements.${refinement[0]}`;
  throw new Error(`the compiled review parser needs a constant ${name} this module cannot write`);
}

const OPENING = 'return (input) => {\n';

export function reviewParserSource(): string {
  const { names, body, values } = madeByCompiler();
  if (!body.startsWith(OPENING) || !body.endsWith('\n}')) throw new Error('zod built its parser in a form this module does not know');
  const constants = names
    .map((name, index) => ({ name, expression: expressionFor(name, values[index]) }))
    .filter(({ name }) => name !== 'INVALID')
    .map(({ name, expression }) => `const ${name} = ${expression};`);
  return [
    '// @ts-nocheck',
    '// Generated from ReviewSchema by zod\'s compiler (test/shared/review/reviewParserSource.ts); do not edit.',
    '// `npx vitest run --project shared test/shared/review/reviewParser.test.ts -u` writes it again.',
    "import { $ZodAsyncError, INVALID, util } from 'zod/v4/core';",
    "import { reviewRefinements } from './schema';",
    '',
    ...constants,
    '',
    '/** The review file\'s content as `ReviewSchema` parses it, or `INVALID` where the schema\'s own parse must say what is wrong. */',
    `export function compiledReviewParse(input) {\n${body.slice(OPENING.length)}`,
    '',
  ].join('\n');
}
