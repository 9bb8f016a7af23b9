// Titles and headlines: the title repeated at the top or glued into paragraphs, and other stories'
// headlines dropped into the body. The article's own subheadings stay: they are short and on topic.
import { MAX_STEM_IDS, paragraphStemIdsOfAll, stemIdsOf, stemIdsOfAll } from "./stem-ids.js";
import { isHeadlineShaped, isPlainAscii, normKey, wordCount, wordsOf } from "./text.js";

/** A title glued into a paragraph is cut out only from this many words: shorter ones recur as phrases. */
const MIN_INLINE_TITLE_WORDS = 4;
/** An off-topic headline needs this many content stems: fewer say too little to judge its topic. */
const OFF_TOPIC_MIN_STEMS = 4;
/** Off topic: under a third of its content stems appear elsewhere in the article or its title. */
const OFF_TOPIC_MAX_SHARE = 0.34;
/** Another story's headline is at most this long: a longer line is a paragraph, whatever its shape. */
const RELATED_MAX_WORDS = 16;
/** Off-topic lines in sentence case must be this short: a longer one is more likely a paragraph cut short. */
const OFF_TOPIC_MAX_WORDS = 12;
/** A headline of fewer words ("Read more", "Top stories") is a label, judged by the marker rules. */
const MIN_HEADLINE_WORDS = 3;
/** Title case is judged on words of this many letters: short ones ("of", "the", "as") stay lowercase. */
const TITLE_CASE_WORD_LENGTH = 4;
/** Title case: this share of the longer words capitalised ("Markets Rally as Bank Holds Rates"). */
const TITLE_CASE_SHARE = 0.6;
/** A line used as the title when none is given is at most this long: longer is a sentence. */
const TITLE_MAX_WORDS = 25;
/** A variant of the title ("site title" vs. "page title") may run this long, with a kicker or site name. */
const TITLE_VARIANT_MAX_WORDS = 30;
/** A variant of the title shares this share of its stems with it, and has this many at least. */
const TITLE_VARIANT_SHARE = 0.8;
const TITLE_VARIANT_MIN_STEMS = 3;

/**
 * The lengths a line can have and still be the title: printed up to three times on one line (with
 * separators, hence the slack), or cut to half; an exact copy is at least nine tenths of it (only
 * punctuation and spaces may go). The slack of a few characters covers short titles.
 */
const TITLE_REPEATS = 3;
const TITLE_REPEAT_SLACK = 12;
const TITLE_SHORTEST_VARIANT = 0.5;
const TITLE_SHORTEST_COPY = 0.9;
const TITLE_LENGTH_SLACK = 4;

/** Most longer words capitalised: "Markets Rally As Central Bank Holds Rates". */
function isTitleCase(s: string): boolean {
  const long = wordsOf(s).filter((w) => w.length >= TITLE_CASE_WORD_LENGTH);
  return long.length > 0 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= TITLE_CASE_SHARE;
}

/** A headline to use as the title when there is no title hint: 3+ words, not a sentence. */
export function isTitleCandidate(line: string): boolean {
  const n = wordCount(line);
  return (
    n >= MIN_HEADLINE_WORDS &&
    n <= TITLE_MAX_WORDS &&
    isHeadlineShaped(line, TITLE_MAX_WORDS) &&
    !/[?!]$/.test(line) &&
    !/:$/.test(line)
  );
}

/** Drops final "." and "!" (a loop: an end-anchored regex would scan the whole line). */
function withoutFinalStops(s: string): string {
  let end = s.length;
  while (end > 0 && (s.charCodeAt(end - 1) === 46 || s.charCodeAt(end - 1) === 33)) end--;
  return end === s.length ? s : s.slice(0, end);
}

// Every line of an article is compared with the same title: its key is made once.
let lastTitle = { title: "", key: "" };
function titleKey(title: string): string {
  if (lastTitle.title !== title) lastTitle = { title, key: withoutFinalStops(normKey(title)) };
  return lastTitle.key;
}

/** The line is the title (as printed, printed twice, or a close variant of it). */
export function isTitleLine(line: string, title: string, fuzzy: boolean): boolean {
  // Lengths rule most lines out before any normalising: the title, at most thrice, or a close variant.
  const n = title.length;
  if (line.length > n * TITLE_REPEATS + TITLE_REPEAT_SLACK) return false;
  if (line.length < n * TITLE_SHORTEST_VARIANT - TITLE_LENGTH_SLACK) return false;
  if (!fuzzy && line.length < n * TITLE_SHORTEST_COPY - TITLE_LENGTH_SLACK) return false;
  const l = withoutFinalStops(normKey(line));
  const t = titleKey(title);
  if (!t) return false;
  // Exactly the title, or the title printed several times on one line.
  if (l.includes(t) && l.split(t).join("").trim() === "") return true;
  // A variant of the headline (site title vs. page title): nearly the same words.
  if (!fuzzy || !isHeadlineShaped(line, TITLE_VARIANT_MAX_WORDS)) return false;
  const [lineIds, titleIds] = stemIdsOfAll([line, title]);
  const a = new Set(lineIds);
  const b = new Set(titleIds);
  if (a.size < TITLE_VARIANT_MIN_STEMS) return false;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / Math.max(a.size, b.size) >= TITLE_VARIANT_SHARE;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/**
 * The title's plain words, longest first: the title pattern matches them literally, so a line lacking one
 * cannot contain the title (cheap test before the regex).
 */
export function titleClue(title: string): string[] {
  if (lastClue.title !== title) {
    const words = [...new Set(title.match(/[\p{L}\p{N}]+/gu) ?? [])].sort((a, b) => b.length - a.length);
    lastClue = { title, words };
  }
  return lastClue.words;
}
// The confirmation pass asks again about the same title (read only for callers).
let lastClue: { title: string; words: string[] } = { title: "", words: [] };

/** Titles of fewer words are not looked for inside paragraphs. */
export const canStripInlineTitle = (title: string): boolean => wordCount(title) >= MIN_INLINE_TITLE_WORDS;

/**
 * A pattern for the title that tolerates curly/straight quotes and spacing differences. Compiled on first
 * use: most articles have no line holding every word of the title, and then it is never needed.
 */
let lastPattern: { title: string; re: RegExp | null } = { title: "", re: null };

function titlePattern(title: string): RegExp | null {
  if (lastPattern.title === title) return lastPattern.re;
  const re = compileTitle(title);
  lastPattern = { title, re };
  return re;
}

function compileTitle(title: string): RegExp | null {
  if (!canStripInlineTitle(title)) return null;
  const body = escapeRe(title.trim())
    .replace(/['‘’]/g, "['‘’]")
    .replace(/["“”]/g, '["“”]')
    .replace(/\s+/g, "\\s+");
  return new RegExp(body, "gu");
}

/** Whether the line has every word of the title clue: else it cannot hold the title (see titleClue). */
export function holdsClue(line: string, clue: string[]): boolean {
  for (const c of clue) if (!line.includes(c)) return false;
  return true;
}

/**
 * Removes the title where it is glued between sentences ("…armed forces.Title Washington early…").
 * Only at sentence boundaries, so a sentence that merely starts with the same words stays.
 */
export function stripInlineTitle(
  line: string,
  title: string,
  clue: string[],
): { text: string; cut: string[] } {
  const cut: string[] = [];
  if (!holdsClue(line, clue)) return { text: line, cut };
  const re = titlePattern(title);
  if (!re) return { text: line, cut };
  const text = line.replace(re, (m: string, off: number) => {
    const before = line.slice(0, off);
    const after = line.slice(off + m.length);
    const okBefore = before.trim() === "" || /[.!?"”’)\]]\s*$/.test(before);
    const okAfter = after.trim() === "" || /^\s+["“‘]?[\p{Lu}\p{N}]/u.test(after);
    if (!okBefore || !okAfter) return m;
    cut.push(m);
    return " ";
  });
  return { text: text.replace(/\s+/g, " ").trim(), cut };
}

/** Candidate for a related-story headline: short, headline-shaped, not a bullet or a label. */
export function isRelatedCandidate(line: string): boolean {
  return isHeadlineShaped(line, RELATED_MAX_WORDS) && !/^[-–—•*]/.test(line) && !/:$/.test(line);
}

// Per-stem tallies in typed arrays: `lastLine` holds the serial of the last line that counted the stem, so a
// stem counts once per line and an entry older than the current call reads as zero (no clearing needed).
/** Scratch of `relatedHeadlines`, reused from article to article; a pipeline of its own brings its own. */
export class StemTallies {
  readonly tally = new Int32Array(MAX_STEM_IDS);
  readonly lastLine = new Int32Array(MAX_STEM_IDS);
  serial = 0;
}
const sharedTallies = new StemTallies();

/**
 * How many distinct ids `list` holds, marked in `lastLine` with a fresh serial (older than any tally made
 * after it, so tallies are not disturbed).
 */
function distinctCount(list: readonly number[], s: StemTallies): number {
  const { lastLine } = s;
  const mark = ++s.serial;
  let n = 0;
  for (const g of list) {
    if (lastLine[g] === mark) continue;
    lastLine[g] = mark;
    n++;
  }
  return n;
}

/**
 * Comparison keys of the candidates and their neighbours, and how many lines of the article have each of
 * them. Other lines are only normalised when they may share a key: a plain ASCII line's key is the line
 * lowercased, so a length no key has rules it out (most paragraphs are far longer than headlines).
 */
function candidateKeys(
  lines: string[],
  cands: boolean[],
): { keys: (string | undefined)[]; counts: Map<string, number> } {
  const keys = new Array<string | undefined>(lines.length);
  const counts = new Map<string, number>();
  const lengths = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!cands[i]) continue;
    for (let j = Math.max(0, i - 1); j <= i + 1 && j < lines.length; j++) {
      if (keys[j] !== undefined) continue;
      const k = normKey(lines[j] ?? "");
      keys[j] = k;
      counts.set(k, 0);
      lengths.add(k.length);
    }
  }
  for (let j = 0; j < lines.length; j++) {
    const line = lines[j] ?? "";
    const k = keys[j] ?? (!lengths.has(line.length) && isPlainAscii(line) ? undefined : normKey(line));
    const n = k === undefined ? undefined : counts.get(k);
    if (n !== undefined) counts.set(k as string, n + 1);
  }
  return { keys, counts };
}

/**
 * Indexes of lines that are other stories' headlines: printed twice (in a row, or anywhere but not as part
 * of a repeated body), or off topic (most of their content words appear nowhere else in the article or
 * its title).
 */
export function relatedHeadlines(
  lines: string[],
  context: string[] = [],
  s: StemTallies = sharedTallies,
): Set<number> {
  const out = new Set<number>();
  const { tally, lastLine } = s;
  if (s.serial > 2 ** 30) {
    lastLine.fill(0);
    s.serial = 0;
  }
  const cands = lines.map((l) => isRelatedCandidate(l));
  if (!cands.includes(true)) return out;
  const { keys, counts } = candidateKeys(lines, cands);
  const repeated = (j: number): boolean => j >= 0 && j < lines.length && (counts.get(keys[j] ?? "") ?? 0) > 1;
  // Stem ids of the whole article, counted per line so a headline does not vouch for itself; built lazily.
  let ids: (readonly number[])[] | null = null;
  const articleStems = (): (readonly number[])[] => {
    if (ids) return ids;
    ids = paragraphStemIdsOfAll([...lines, ...context]);
    const first = s.serial + 1;
    ids.forEach((list, j) => {
      const line = ++s.serial;
      // The title counts twice: it is never the headline being judged.
      const weight = j < lines.length ? 1 : 2;
      for (const g of list) {
        if ((lastLine[g] as number) < first) tally[g] = weight;
        else if (lastLine[g] !== line) tally[g] = (tally[g] as number) + weight;
        lastLine[g] = line;
      }
    });
    return ids;
  };
  for (let i = 0; i < lines.length; i++) {
    if (!cands[i]) continue;
    const k = keys[i] ?? "";
    const n = wordCount(k);
    // Repeated elsewhere - unless its neighbours repeat too: then the whole body was printed twice.
    if (n >= MIN_HEADLINE_WORDS && repeated(i) && !repeated(i - 1) && !repeated(i + 1)) out.add(i);
    // "Headline" then "Section Headline": two copies in a row.
    const kj = keys[i + 1] ?? "";
    if (n >= MIN_HEADLINE_WORDS && cands[i + 1] && (kj.includes(k) || k.includes(kj))) out.add(i).add(i + 1);
    // Off topic. Only for headline-like lines: a long sentence-case line is more likely a paragraph cut short.
    const stems = distinctCount(stemIdsOf(lines[i] ?? ""), s);
    if (stems >= OFF_TOPIC_MIN_STEMS && (n <= OFF_TOPIC_MAX_WORDS || isTitleCase(lines[i] ?? ""))) {
      const own = articleStems()[i] ?? [];
      const mark = ++s.serial;
      let found = 0;
      for (const g of own) {
        if (lastLine[g] === mark) continue;
        // Counted once per distinct stem; the mark is newer than any line, so the tally stays readable.
        if ((tally[g] as number) > 1) found++;
        lastLine[g] = mark;
      }
      if (found / stems < OFF_TOPIC_MAX_SHARE) out.add(i);
    }
  }
  return out;
}
