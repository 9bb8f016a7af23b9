// Shapes of the knowledge files (shipped and user), checked on load so a typo in a user file
// fails with the file and field named instead of a wrong lookup later.
import { z } from "zod";

/** A real calendar day: "2023-02-30" is refused as well as "2023-2-3" (arithmetic, no Date: the
 * office-holder files hold thousands of dates). */
function isCalendarDay(s: string): boolean {
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
  return m >= 1 && m <= 12 && d >= 1 && d <= days;
}

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD")
  .refine(isCalendarDay, "not a calendar day");
const text = z.string().min(1);
const list = z.array(text).default([]);

const metonym = z.object({
  text,
  sector: z.string().optional(),
  institution: z.string().optional(),
  from: date.optional(),
  to: date.optional(),
  note: z.string().optional(),
});

export const countryExtrasFile = z.object({
  countries: z
    .record(
      z.string().regex(/^[A-Z]{3}$/, "expected an alpha-3 code"),
      z.object({
        /** Only for a country or territory world-countries lacks. */
        name: z.string().optional(),
        independent: z.boolean().optional(),
        names: list,
        demonyms: list,
        metonyms: z.array(metonym).default([]),
        note: z.string().optional(),
      }),
    )
    .default({}),
  ambiguous: z
    .array(
      z.object({ form: text, candidates: z.array(z.string()), preferred: z.string().optional(), note: text }),
    )
    .default([]),
  drop: z.object({ names: list, demonyms: list, metonyms: list }).partial().default({}),
  noPlural: list,
  cautions: z.array(z.object({ form: text, note: text })).default([]),
});

export const organisationsFile = z.object({
  organisations: z.array(
    z.object({
      id: text,
      name: text,
      code: text,
      codeSource: z.enum(["cameo", "dyad"]).default("dyad"),
      type: z.enum(["igo", "ngo"]).default("igo"),
      aliases: list,
      parent: z.string().optional(),
      sector: z.string().optional(),
      members: list,
      /** The country code its officials act for ("EUR" for the EU), when not none. */
      actsFor: z
        .string()
        .regex(/^[A-Z]{3}$/)
        .optional(),
      note: z.string().optional(),
    }),
  ),
});

export const mediaFile = z.object({
  media: z.array(
    z.object({
      id: text,
      name: text,
      aliases: list,
      type: z.enum(["agency", "broadcaster", "newspaper", "online", "magazine"]),
      country: z.string().optional(),
      state: z.boolean().default(false),
      note: z.string().optional(),
    }),
  ),
});

const modifierKind = z.enum([
  "former",
  "then",
  "acting",
  "deputy",
  "outgoing",
  "incoming",
  "designate",
  "elect",
  "senior",
]);

export const rolesFile = z.object({
  sectors: z.record(z.string(), z.string()).default({}),
  roles: z.array(
    z.object({
      name: text,
      sector: z.string().regex(/^[A-Z]{3}$/, "expected a CAMEO sector code"),
      kind: z.enum(["person", "group", "institution"]).default("person"),
      functions: list,
      aliases: list,
      note: z.string().optional(),
    }),
  ),
  modifiers: z
    .array(z.object({ text, kind: modifierKind, position: z.enum(["before", "after"]).default("before") }))
    .default([]),
});

export const officeHoldersFile = z.object({
  holders: z.array(
    z.object({
      name: text,
      aliases: list,
      surname: z.string().optional(),
      country: z.string().optional(),
      organisation: z.string().optional(),
      role: text,
      title: z.string().optional(),
      functions: z.array(z.string()).optional(),
      start: date,
      end: date.nullable().default(null),
      acting: z.boolean().default(false),
      note: z.string().optional(),
    }),
  ),
});

export type CountryExtrasFile = z.infer<typeof countryExtrasFile>;
export type OrganisationsFile = z.infer<typeof organisationsFile>;
export type MediaFile = z.infer<typeof mediaFile>;
export type RolesFile = z.infer<typeof rolesFile>;
export type OfficeHoldersFile = z.infer<typeof officeHoldersFile>;
