import { describe, expect, it } from 'vitest';
import { LANGUAGES, MESSAGES } from '../../../shared/i18n';

/** Every message with its dotted key (`changes.count_one`). */
function messagesOf(node: unknown, prefix = ''): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => messagesOf(value, prefix ? `${prefix}.${key}` : key));
}

const PLURAL = /_(one|other)$/u;
const words = (text: string) => (text.toLocaleLowerCase().match(/[\p{L}]+/gu) ?? []).filter((word) => word.length > 3);

/**
 * The words each language inflects by number, read from its own plural pairs: what `_other`
 * says that `_one` does not (`changes` beside `change`, `Klauseln` beside `Klausel`).
 */
function pluralWords(messages: readonly [string, string][]): Set<string> {
  const byKey = new Map(messages);
  const found = new Set<string>();
  for (const [key, other] of messages) {
    if (!key.endsWith('_other')) continue;
    const one = new Set(words(byKey.get(key.replace(/_other$/u, '_one')) ?? ''));
    for (const word of words(other)) if (!one.has(word)) found.add(word);
  }
  return found;
}

describe.each(LANGUAGES)('the plurals of the %s messages', (language) => {
  const messages = messagesOf(MESSAGES[language]);

  it('gives every message that counts with {{count}} both plural forms', () => {
    const keys = new Set(messages.map(([key]) => key));
    const lacking = messages
      .filter(([key, text]) => text.includes('{{count}}') || PLURAL.test(key))
      .map(([key]) => key.replace(PLURAL, ''))
      .filter((base) => !keys.has(`${base}_one`) || !keys.has(`${base}_other`));
    expect([...new Set(lacking)]).toEqual([]);
  });

  it('counts a noun that changes with its number only as {{count}}, never under another name', () => {
    const inflected = pluralWords(messages);
    expect(inflected.size).toBeGreaterThan(10);
    const offending = messages.flatMap(([key, text]) =>
      [...text.matchAll(/\{\{(\w+)\}\}((?:\s+[\p{L}-]+){1,2})/gu)]
        .filter(([, name, after]) => name !== 'count' && words(after!).some((word) => inflected.has(word)))
        .map(([, name, after]) => `${key}: {{${name}}}${after}`),
    );
    expect(offending).toEqual([]);
  });
});
