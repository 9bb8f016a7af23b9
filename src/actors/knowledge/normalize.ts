// Surface-form normalisation shared by every index, so "the U.S.", "US", "Türkiye"/"Turkiye",
// "Kim Jong-un"/"Kim Jong Un" and "Élysée"/"Elysee" meet on one key.

/** Letters NFKD does not decompose. */
const FOLD: Record<string, string> = {
  ı: "i",
  ø: "o",
  đ: "d",
  ł: "l",
  æ: "ae",
  œ: "oe",
  ß: "ss",
  ð: "d",
  þ: "th",
};

/** Accent-free, dots dropped, hyphens and other punctuation as spaces; keeps ' + & and the case. */
export function normalizeCased(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/\./g, "")
    .replace(/[^\p{L}\p{N}'+&]+/gu, " ")
    .replace(/(^| )'+|'+( |$)/g, " ")
    .trim()
    .replace(/ +/g, " ");
}

/** Lowercased `normalizeCased`: the key every index uses. Memoised: the same names and tokens come
 * back in every article, and the regex chain above is the stage's main cost otherwise. */
export function normalizeText(text: string): string {
  let key = keyCache.get(text);
  if (key === undefined) {
    key = normalizeCased(text)
      .toLowerCase()
      .replace(/[ıøđłæœßðþ]/g, (c) => FOLD[c] ?? c);
    if (keyCache.size >= CACHE_LIMIT) keyCache.clear();
    keyCache.set(text, key);
  }
  return key;
}

/** Bounded so a long run over varied text cannot grow without limit. */
const CACHE_LIMIT = 200_000;
const keyCache = new Map<string, string>();

/**
 * `normalise(text)` split into words, memoised and bounded like the key cache: the same names and
 * tokens recur in every article. The arrays are shared, so callers never modify them.
 */
export function memoisedWords(
  normalise: (text: string) => string,
  limit: number,
): (text: string) => readonly string[] {
  const cache = new Map<string, readonly string[]>();
  return (text) => {
    let words = cache.get(text);
    if (words === undefined) {
      words = normalise(text)
        .split(" ")
        .filter((w) => w !== "");
      if (cache.size >= limit) cache.clear();
      cache.set(text, words);
    }
    return words;
  };
}

/** Drops a leading article: "the Kremlin" and "Kremlin" are one form. */
export function stripArticle(key: string): string {
  return key.startsWith("the ") && key.length > 4 ? key.slice(4) : key;
}

/** The lookup key of a form or of a piece of text. */
export function formKey(text: string): string {
  return stripArticle(normalizeText(text));
}

/** How strictly a form must match the case of the text, decided from how the form is written. */
export type CaseRule = "acronym" | "capital" | "any";

function withoutArticle(text: string): string {
  return text.trim().replace(/^the\s+(?=\S)/i, "");
}

/**
 * "US", "U.S.", "WHO", "G7" → acronym (text must be in capitals, so "us"/"who" never match);
 * "Turkey", "Chad", "the Kremlin" → capital (text must start with a capital, so "turkey" does not);
 * "foreign minister", "dpa" → any case.
 */
export function caseRuleOf(form: string): CaseRule {
  const body = withoutArticle(form);
  const letters = body.replace(/[^\p{L}]/gu, "");
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return "acronym";
  }
  const first = letters.charAt(0);
  return first !== "" && first !== first.toLowerCase() ? "capital" : "any";
}

/** Whether `surface` (as written in the text) satisfies the rule of a form. */
export function caseAllows(rule: CaseRule, surface: string): boolean {
  if (rule === "any") return true;
  const letters = withoutArticle(surface).replace(/[^\p{L}]/gu, "");
  if (rule === "acronym") return letters === letters.toUpperCase();
  const first = letters.charAt(0);
  // A capital inside a word is a proper noun mistyped ("iSrael"), never a common word.
  return (first !== "" && first === first.toUpperCase()) || /^\p{Ll}+\p{Lu}\p{L}*$/u.test(letters);
}

/** Same key with a final possessive removed ("china's" → "china"), or null when there is none. */
export function withoutPossessive(key: string): string | null {
  const m = /^(.+)'s$/.exec(key);
  return m?.[1] ?? null;
}
