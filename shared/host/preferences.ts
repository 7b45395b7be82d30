/**
 * The user's preferences, kept by the host in its data folder. Validated on load and on
 * every change: a broken preferences file falls back to the defaults, never crashes.
 */
import * as z from 'zod';
import { AuthorSchema } from '../review';

export const LanguagePreferenceSchema = z.enum(['system', 'de', 'en']);

export const PreferencesSchema = z.object({
  language: LanguagePreferenceSchema.default('system'),
  author: AuthorSchema.nullable().default(null),
});

export type Preferences = z.infer<typeof PreferencesSchema>;

export const PreferencesPatchSchema = z.object({ language: LanguagePreferenceSchema.optional(), author: AuthorSchema.nullable().optional() }).strict();

export type PreferencesPatch = z.infer<typeof PreferencesPatchSchema>;

export const DEFAULT_PREFERENCES: Preferences = PreferencesSchema.parse({});
