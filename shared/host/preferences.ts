/**
 * The user's preferences, kept by the host in its data folder. Validated on load and on
 * every change: a broken preferences file falls back to the defaults, never crashes.
 */
import * as z from 'zod';

export const LanguagePreferenceSchema = z.enum(['system', 'de', 'en']);

/** The reviewer's identity, asked once: it signs every change, comment and decision. */
export const AuthorSchema = z.object({
  name: z.string().trim().min(1).max(120),
  initials: z.string().trim().min(1).max(4),
  /** A hex colour for the reviewer's markup (`#1f5f8b`). */
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/u),
});

export type Author = z.infer<typeof AuthorSchema>;

export const PreferencesSchema = z.object({
  language: LanguagePreferenceSchema.default('system'),
  author: AuthorSchema.nullable().default(null),
});

export type Preferences = z.infer<typeof PreferencesSchema>;

export const PreferencesPatchSchema = z.object({ language: LanguagePreferenceSchema.optional(), author: AuthorSchema.nullable().optional() }).strict();

export type PreferencesPatch = z.infer<typeof PreferencesPatchSchema>;

export const DEFAULT_PREFERENCES: Preferences = PreferencesSchema.parse({});
