import * as z from 'zod';

/** The reviewer's identity, asked once: it signs every change, comment and decision. */
export const AuthorSchema = z.object({
  name: z.string().trim().min(1).max(120),
  initials: z.string().trim().min(1).max(4),
  /** A hex colour for the reviewer's markup (`#1f5f8b`). */
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/u),
});

export type Author = z.infer<typeof AuthorSchema>;
