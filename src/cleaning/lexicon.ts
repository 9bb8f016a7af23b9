// The cleaner's knowledge (data/cleaning/*.json, extended by the user's files), built once into
// sets and expressions.
import { derived, table } from "../knowledge/load.js";

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const lower = (xs: string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));
const byLength = (xs: string[]): string[] => [...xs].sort((a, b) => b.length - a.length);

export const lexicon = derived(() => {
  const markers = table("cleaning/markers.json");
  const navigation = table("cleaning/navigation.json");
  const agencies = table("cleaning/agencies.json");
  const readAlso = table("cleaning/read-also.json");
  const words = table("cleaning/words.json");
  const captions = table("cleaning/captions.json");
  const agencyNames = new Map(Object.entries(agencies.agencies).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    markerLines: lower(markers.lines),
    /** All whole-line marker patterns as one alternation: one scan per line instead of one per pattern. */
    markerPattern: new RegExp(markers.linePatterns.map((p) => `(?:${p})`).join("|"), "iu"),
    gluedStart: markers.gluedStart.map((p) => new RegExp(p, "u")),
    gluedEnd: markers.gluedEnd.map((p) => new RegExp(p, "u")),
    endMarkers: lower(markers.endMarkers),
    navPhrases: byLength(navigation.phrases),
    navLines: lower(navigation.phrases.map((p) => p.replace(/:$/, ""))),
    /** Breadcrumb trail at the start of a line: root, then separator-crumb pairs (crumbs read in breadcrumb.ts). */
    breadcrumbStart: new RegExp(
      `^(?:${byLength(navigation.breadcrumbRoots).map(escapeRe).join("|")})\\s*(?:>|›|»|/|\\|)\\s*`,
      "u",
    ),
    sections: byLength(navigation.sections),
    bulletWidgetMaxWords: navigation.bulletWidgetMaxWords,
    /** Spelling as written (lowercase) -> canonical agency name. */
    agencies: agencyNames,
    photoCredits: lower(agencies.photoCredits),
    photoCreditRe: new RegExp(`\\b(?:${byLength(agencies.photoCredits).map(escapeRe).join("|")})\\b`, "iu"),
    outletWords: agencies.outletWords.map((w) => w.toLowerCase()),
    readAlsoPrefix: new RegExp(
      `^(?:${byLength(readAlso.prefixes).map(escapeRe).join("|")})\\s*(?:-|:|\\||–|—|»|>)\\s*\\S`,
      "iu",
    ),
    readAlsoLabels: lower(readAlso.labels),
    morePattern: new RegExp(readAlso.morePatterns.map((p) => `(?:${p})`).join("|"), "iu"),
    functionWords: lower(words.functionWords),
    verbLike: lower(words.verbLikeFunctionWords),
    abbreviations: lower(words.abbreviations),
    notPlaceWords: new Set(words.notPlaceWords),
    captionPositions: lower(words.captionPositions),
    nameParticles: lower(words.nameParticles),
    captionVerbs: lower(words.captionVerbs),
    /** A caption's verb: present tense or a bare participle ("attends", "pictured"). */
    captionPredicates: lower([...captions.presentVerbs, ...captions.participles]),
    posingVerbs: lower(captions.posingVerbs),
    /** "Pool photo via EPA", "Navy handout via Reuters": a picture word, a link, then who supplied it. */
    creditPhrase: new RegExp(
      `^(?:[\\p{L}'’.-]+\\s+){0,3}?(?:${byLength(captions.creditWords).map(escapeRe).join("|")})` +
        `(?:\\s+(?:${byLength(captions.creditWords).map(escapeRe).join("|")}))?` +
        `\\s*:?\\s+(?:${byLength(captions.creditLinks).map(escapeRe).join("|")})\\s*:?\\s+(?<who>\\S.{0,80})$`,
      "iu",
    ),
    summaryLabels: lower(markers.summaryLabels),
  };
});

/** Canonical agency name for a spelling, or null. */
export function agencyName(s: string): string | null {
  return lexicon().agencies.get(s.trim().toLowerCase()) ?? null;
}

/** True when a short name reads like an outlet ("Shafaq News", "Islam Times", "Newsfrom Japan"). */
export function looksLikeOutlet(name: string): boolean {
  const l = name.toLowerCase();
  return agencyName(name) !== null || lexicon().outletWords.some((w) => l.includes(w));
}
