// Who supplied a picture: "Pool photo via EPA", "Photo courtesy of the Presidency", "(Navy handout via Reuters)",
// "(Xinhua/Yao Dawei)", "(AP Photo/Jane Doe)" - on their own line or closing a caption.
import { lexicon } from "./lexicon.js";
import { wordCount } from "./text.js";

const CAP_WORD = /^[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*$/u;
// Small words inside an institution's or a person's name ("Ministry of Foreign Affairs", "bin").
const NAME_LINKS = new Set([
  "of",
  "the",
  "and",
  "for",
  "on",
  "de",
  "du",
  "da",
  "al",
  "el",
  "bin",
  "van",
  "von",
  "der",
]);

/** A proper name of a person, agency or institution: capitalised words and the small words between them. */
export function isProperName(s: string, maxWords = 8): boolean {
  const words = s.trim().split(/\s+/);
  if (words.length === 0 || words.length > maxWords || /\d/.test(s)) return false;
  const bare = words.map((w) => w.replace(/^[(“"']+|[),.;:”"']+$/g, ""));
  if (bare[bare.length - 1] && NAME_LINKS.has(bare[bare.length - 1] as string)) return false;
  return bare.every(
    (w, i) => CAP_WORD.test(w) || (NAME_LINKS.has(w.toLowerCase()) && (i > 0 || w === "the")),
  );
}

/** "Xinhua/Yao Dawei", "AP Photo/Jane Doe", "Reuters / Jane Doe": names on both sides of a slash. */
function isSlashCredit(s: string): boolean {
  const parts = s.split("/");
  return parts.length >= 2 && parts.length <= 3 && parts.every((p) => p.trim() && isProperName(p, 4));
}

/** "Pool photo via EPA", "Navy handout via Reuters", "Photo courtesy of the Presidency". */
function isCreditPhrase(s: string): boolean {
  if (wordCount(s) > 14) return false;
  const who = lexicon().creditPhrase.exec(s)?.groups?.who;
  return who !== undefined && isProperName(who.replace(/[.)]+$/, ""));
}

/**
 * A picture's credit by its words alone (own line or inside parentheses): names around a slash or a credit
 * phrase. A lone agency name is not one here: on its own line it is a byline, read for the outlet.
 */
export function isCreditText(s: string): boolean {
  const t = s
    .trim()
    .replace(/^\(|\)\.?$/g, "")
    .trim();
  if (!t || t.length > 100) return false;
  return isSlashCredit(t) || isCreditPhrase(t);
}

/** The text inside a "(…)" closing the line after the end of a sentence, or null. */
export function closingParen(line: string): string | null {
  if (!line.endsWith(")")) return null;
  const open = line.lastIndexOf("(");
  if (open < 2 || line.length - open > 100 || line.indexOf(")", open) !== line.length - 1) return null;
  return /[.!?]["”’]?\s*$/.test(line.slice(0, open)) ? line.slice(open + 1, -1).trim() : null;
}
