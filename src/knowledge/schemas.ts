// The shape of every knowledge file under data/ (except the actor tables, whose schemas live with
// their richer merge rules in src/actors/knowledge/schema.ts). Keys starting with "_" or "$" are
// comments and are dropped before a file is checked.
import { z } from "zod";

const words = z.array(z.string());
const wordMap = z.record(z.string(), z.string());
/** Cues read before and after a trigger. */
const sides = z.object({ before: words, after: words });

const cleaning = {
  "cleaning/agencies.json": z.object({ agencies: wordMap, photoCredits: words, outletWords: words }),
  "cleaning/captions.json": z.object({
    presentVerbs: words,
    participles: words,
    posingVerbs: words,
    creditWords: words,
    creditLinks: words,
  }),
  "cleaning/markers.json": z.object({
    lines: words,
    linePatterns: words,
    gluedStart: words,
    gluedEnd: words,
    endMarkers: words,
    summaryLabels: words,
  }),
  "cleaning/navigation.json": z.object({
    phrases: words,
    breadcrumbRoots: words,
    sections: words,
    bulletWidgetMaxWords: z.number().int().positive(),
  }),
  "cleaning/read-also.json": z.object({ prefixes: words, labels: words, morePatterns: words }),
  "cleaning/words.json": z.object({
    functionWords: words,
    verbLikeFunctionWords: words,
    abbreviations: words,
    notPlaceWords: words,
    captionPositions: words,
    nameParticles: words,
    captionVerbs: words,
  }),
};

const cameoCode = z.string().regex(/^\d{2,4}$/, "a CAMEO code of 2 to 4 digits");

/** One trigger pattern (see data/events/README.md for the flags). */
const pattern = z.strictObject({
  id: z.string().min(1),
  code: cameoCode,
  words: z.string().min(1),
  target: words,
  symmetric: z.boolean().optional(),
  place: z.boolean().optional(),
  noun: z.boolean().optional(),
  intent: z.boolean().optional(),
  implicit: z.boolean().optional(),
  intentCode: cameoCode.optional(),
  threatCode: cameoCode.optional(),
  reverse: z.boolean().optional(),
  after: z.boolean().optional(),
  personCode: cameoCode.optional(),
  controls: z.boolean().optional(),
  bareCode: cameoCode.optional(),
  purpose: z.boolean().optional(),
  asserted: z.boolean().optional(),
});

const events = {
  "events/cameo-codebook.json": z.object({
    codes: z.array(
      z.object({
        code: cameoCode,
        name: z.string(),
        goldstein: z.number().min(-10).max(10),
        quadClass: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
        plover: z.string(),
        ploverMode: z.string().nullable(),
        ploverContext: z.string().nullable(),
      }),
    ),
  }),
  "events/patterns.json": z.object({ patterns: z.array(pattern) }),
  "events/lemmas.json": z.object({ forms: wordMap }),
  "events/modality.json": z.object({
    negated: sides,
    hypothetical: sides,
    planned: sides,
    conditional: sides,
    reportedFuture: words,
    reporting: words,
    ignore: words,
    clauseBreaks: words,
    segmentBreaks: words,
    afterStops: words,
    window: z.object({ before: z.number().int().nonnegative(), after: z.number().int().nonnegative() }),
  }),
  "events/nested.json": z.object({
    claims: words,
    roots: words,
    victimRoots: words,
    accuse: cameoCode,
    own: cameoCode,
    charges: words,
  }),
  /** Alpha-3 code → states and provinces that stand for that country. */
  "events/places.json": z.record(z.string().regex(/^[A-Z]{3}$/, "an alpha-3 country code"), words),
  "events/plover-rules.json": z.object({
    intended: z.object({ roots: words, modalities: words, category: z.string() }),
    armedForce: z.object({ codes: words, sectors: words, category: z.string() }),
    patterns: wordMap,
  }),
  "events/sides.json": z.object({
    institutions: wordMap,
    eventNouns: words,
    documentNouns: words,
    attackNouns: words,
  }),
};

const extract = {
  "extract/boilerplate.json": z.object({
    removeTags: words,
    removeTagsIfSmall: words,
    removeRoles: words,
    furnitureWords: words,
    keepPatterns: words,
    linePatterns: words,
    linkLinePatterns: words,
    endPatterns: words,
  }),
  "extract/metadata.json": z.object({ platformNames: words }),
};

const language = {
  "language/abbreviations.json": z.object({ titles: words, beforeNumber: words, other: words }),
  "language/dates.json": z.object({
    months: z.array(z.object({ name: z.string().min(1), abbreviations: words })),
    ambiguousMonths: words,
    weekdays: words,
    licensing: words,
    partsOfDay: words,
    extended: z.object({
      numbers: z.record(z.string(), z.number()),
      vague: words,
      units: wordMap,
      presentRef: words,
      pastRef: words,
      seasons: wordMap,
    }),
  }),
  "language/hyphenated-names.json": z.object({ syllable: z.string(), notFirst: words, notNames: words }),
  "language/tense.json": z.object({
    future: words,
    past: words,
    present: words,
    plannedInPast: words,
    perfect: words,
    reporting: words,
    reportingPhrases: words,
    reportedFuture: words,
    clauseBreaks: words,
    notPastEd: words,
    background: z.object({ same: words, relative: words, own: words, previous: words }),
    backgroundStops: words,
    backgroundReported: words,
    units: z.record(z.string(), z.number().int().positive()),
  }),
  "language/sentence-starters.txt": words,
  "language/speech-verbs.txt": words,
};

const share = z.number().min(0).max(1);
const days = z.number().int().nonnegative();

const stories = {
  "stories/config.json": z.object({
    copyJaccard: share,
    copyContainment: share,
    copyMinShingles: z.number().int().nonnegative(),
    publishedWindow: days,
    eventWindow: days,
    dateConflictDays: days,
    weights: z.object({ event: z.number(), persons: z.number(), vocab: z.number(), conflict: z.number() }),
    meetingRoots: words,
    meetingKind: share,
    sameQuad: share,
    otherQuad: share,
    position: z.object({ bothLead: share, oneLead: share, background: share }),
    reversed: share,
    sharedPersons: z.number().int().nonnegative(),
    personsAsEvent: share,
    undatedVocab: share,
    vocabFloor: share,
    vocabCeil: share,
    threshold: z.number(),
  }),
  "stories/stopwords.txt": words,
};

const gender = z.enum(["m", "f"]);

const others = {
  "actors/names.json": z.object({
    honorifics: z.record(z.string(), gender.nullable()),
    particles: words,
    nonNames: words,
    nonNameSuffixes: words,
    givenNamesToo: words,
    surnamesLikeWords: words,
    titleNouns: words,
    locationWords: words,
    groups: z.object({ persons: words, countries: words }),
    pronouns: z.object({ m: words, f: words }),
  }),
  "quotes/cues.json": z.object({
    finite: words,
    participles: words,
    addressee: words,
    indirect: words,
    phrases: z.array(z.array(z.string()).min(1)),
    relayNouns: words,
    relayVerbs: words,
    platforms: words,
    audience: words,
    goBetweens: words,
    roleNouns: words,
    institutionNouns: words,
    pronouns: words,
    speechEvents: words,
    indefinite: words,
  }),
  "readers/charsets.json": wordMap,
  "readers/formats.json": wordMap,
};

/** Every knowledge table by its path under data/. */
export const TABLES = { ...cleaning, ...events, ...extract, ...language, ...stories, ...others };

export type TableName = keyof typeof TABLES;
export type Table<N extends TableName> = z.infer<(typeof TABLES)[N]>;

/**
 * Lists of records that have a key: a user's record with a shipped key replaces that record in
 * place; other records are appended. Every other list is appended to, every map merged key by key.
 */
export const RECORD_KEYS: Partial<Record<TableName, Record<string, string>>> = {
  "events/cameo-codebook.json": { codes: "code" },
  "events/patterns.json": { patterns: "id" },
  "language/dates.json": { months: "name" },
};

/** Files a user could already put at the top of DYAD_KNOWLEDGE (before tables took their data/ path). */
export const TOP_LEVEL_NAMES: Partial<Record<TableName, string>> = {
  "events/patterns.json": "patterns.json",
};
