// Name runs → people: full names (known or new), a surname or a partial name → the person introduced
// in the article (else the one office holder of that name on the date), typos by edit distance.
import { distance } from "fastest-levenshtein";
import { formKey, type Person } from "../knowledge/index.js";
import { appositionAfter, type Cues, NO_CUES, titleBefore } from "../mentions/attributes.js";
import { type Ctx, isCapitalised, spanOf } from "../mentions/context.js";
import { nameLexicon } from "../mentions/lexicon.js";
import type { NameRun } from "../mentions/names.js";
import { CONFIDENCE as C } from "./confidence.js";
import {
  type Entity,
  holders,
  inOffice,
  nameWords,
  newEntity,
  type PersonMention,
  personKey,
  termAt,
} from "./entities.js";
import { MentionStarts } from "./mention-index.js";

/** The Arabic article before a surname ("al-Sisi", "el-Sisi"), as a name word. */
const ARTICLES = new Set(["al", "el", "ad", "as", "ash", "at", "az", "ar"]);

export interface People {
  entities: Map<string, Entity>;
  mentions: PersonMention[];
}

/** Two words close enough to be one misspelt: one or two edits, never on short syllables ("il"/"un"). */
function closeWords(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.charAt(0) !== b.charAt(0) || Math.min(a.length, b.length) < 4) return false;
  return distance(a, b) <= (Math.min(a.length, b.length) >= 8 ? 2 : 1);
}

/** Same number of words, exactly one of them misspelt. */
function typoOf(words: readonly string[], target: readonly string[]): boolean {
  if (words.length !== target.length) return false;
  let diff = 0;
  for (let i = 0; i < words.length; i++) {
    if (words[i] === target[i]) continue;
    if (!closeWords(words[i] as string, target[i] as string) || ++diff > 1) return false;
  }
  return diff === 1;
}

export function resolvePeople(ctx: Ctx, runs: NameRun[]): People {
  const people: People = { entities: new Map(), mentions: [] };
  // Entities by name word, and each one's mentions: a long document names thousands of people, and
  // a scan of all of them for each name made this stage quadratic.
  const index = new EntityIndex();
  const starts = new MentionStarts();
  const add = (
    run: NameRun,
    e: Entity,
    via: PersonMention["via"],
    confidence: number,
    cues: Cues,
    alts?: Entity[],
  ) => {
    const existing = people.entities.get(e.key);
    const entity = existing ?? e;
    if (!existing) {
      people.entities.set(e.key, e);
      index.add(e);
    }
    starts.add(entity, run.start);
    entity.aliases.add(runText(ctx, run).replace(/ ([-‐])/g, "$1"));
    entity.gender ??= run.gender;
    entity.confidence = Math.min(entity.confidence, confidence);
    const m: PersonMention = { start: run.start, end: run.end, entity, via, confidence, cues };
    if (alts && alts.length > 0) m.alternatives = alts;
    people.mentions.push(m);
    return entity;
  };
  const entityFor = (p: Person) => people.entities.get(personKey(p)) ?? newEntity(p.name, p);
  const singles: Array<[NameRun, Cues]> = [];
  // Multi-word runs with no evidence yet: a person if a later sentence calls them by surname.
  const pending: Array<[NameRun, Cues, readonly string[]]> = [];

  // Pass 1: full names, so that a surname before the full name (a headline) still finds it.
  for (const run of runs) {
    const cues = merge(titleBefore(ctx, run.start), appositionAfter(ctx, run.end));
    const text = runText(ctx, run);
    if (run.person) {
      add(run, entityFor(run.person), "name", 1, cues);
      continue;
    }
    const words = nameWords(text);
    // "al-Sisi", "el-Sisi" alone are a surname, like "Sisi".
    if (words.length < 2 || (words.length === 2 && ARTICLES.has(words[0] as string))) {
      singles.push([run, cues]);
      continue;
    }
    if (!evidence(ctx, run, cues)) {
      if (words.length <= 3 && !run.placeLike) pending.push([run, cues, words]);
      continue;
    }
    // Spacing of one name differs between mentions ("Yoon Suk-yeol", "Yoon Sukyeol"): one person.
    const compact = words.join("");
    const same = index.first(
      index.sharing(words, compact),
      (e) => words.every((w) => e.words.includes(w)) || (e.words.length > 1 && e.words.join("") === compact),
    );
    if (same) {
      add(run, same, "name", C.certain, cues);
      continue;
    }
    // A typo of a name of as many words keeps the others: it shares one of its words.
    const typo =
      index.first(index.sharing(words), (e) => typoOf(words, e.words)) ?? holderTypo(ctx, words, cues);
    if (typo) {
      add(run, "key" in typo ? typo : entityFor(typo), "typo", C.typo, cues);
      continue;
    }
    add(run, newEntity(text.replace(/ ([-‐])/g, "$1"), null), "name", C.newName, cues);
  }

  // "William Ruto and Abiy Ahmed met …" then "Ruto said …": a run named again by its last word, in
  // a later sentence where that word reads as a name, is a person.
  // The last sentence where each word opens a plausible one-word name, computed once.
  const lastNamed = new Map<string, number>();
  if (pending.length > 0)
    for (const [s, sc] of singles) {
      const key = formKey(ctx.toks[s.start] as string);
      const sent = ctx.sent[s.start] as number;
      if (sent > (lastNamed.get(key) ?? -1) && plausibleName(ctx, s, sc)) lastNamed.set(key, sent);
    }
  for (const [run, cues, words] of pending) {
    const last = words[words.length - 1] as string;
    const later = (lastNamed.get(last) ?? -1) > (ctx.sent[run.start] as number);
    if (!later || index.withWord(last).length > 0) continue;
    add(run, newEntity(runText(ctx, run).replace(/ ([-‐])/g, "$1"), null), "name", C.laterName, cues);
  }
  people.mentions.sort((a, b) => a.start - b.start);

  // Pass 2: one-word names.
  for (const [run, cues] of singles) {
    const word = formKey(ctx.toks[run.end - 1] as string);
    const inDoc = index.withWord(word);
    if (inDoc.length > 0) {
      const ranked = starts.rank(inDoc, run.start);
      add(
        run,
        ranked[0] as Entity,
        "surname",
        ranked.length > 1 ? C.shared : C.surname,
        cues,
        ranked.slice(1),
      );
      continue;
    }
    const named = holders().bySurname.get(word) ?? [];
    let byHolders = named.filter((p) => heldHere(ctx, p));
    // "Ruto and Abiy met…": a surname standing alone, not the end of a longer proper name
    // ("Lockheed Martin"), may be the one holder of that name in office anywhere on the date.
    if (byHolders.length === 0 && ctx.date !== null && standsAlone(ctx, run.start, run.end)) {
      byHolders = named.filter((p) => inOffice(p, ctx.date));
    }
    if (byHolders.length === 1 && plausibleName(ctx, run, cues)) {
      add(run, entityFor(byHolders[0] as Person), "surname", C.surnameOfHolder, cues);
      continue;
    }
    let typos = index.closeTo(word);
    if (typos.length === 0) typos = holderSurnameTypos(ctx, word).map(entityFor);
    if (typos.length > 0 && plausibleName(ctx, run, cues)) {
      add(run, typos[0] as Entity, "typo", typos.length > 1 ? C.ambiguous : C.typo, cues, typos.slice(1));
      continue;
    }
    // An unknown one-word name counts only with a title or an honorific ("spokesman Peskov").
    const initial = run.start === ctx.sentFirst[ctx.sent[run.start] as number];
    const place = run.placeLike && ctx.toks[run.start - 1] === "of";
    if ((cues.role || run.honorific) && ctx.pos[run.end - 1] === "PROPN" && !initial && !place) {
      add(run, newEntity(runText(ctx, run), null), "name", C.titledSingleName, cues);
    }
  }
  people.mentions.sort((a, b) => a.start - b.start);
  return people;
}

/** The run as written ("al-Sisi" keeps its hyphen), spaces made single; a one-token run (most) is
 * its token, with nothing to build. */
function runText(ctx: Ctx, run: NameRun): string {
  return run.end === run.start + 1
    ? (ctx.toks[run.start] as string)
    : spanOf(ctx, run.start, run.end).text.replace(/\s+/g, " ");
}

/**
 * The document's entities by name word, in order of introduction. `closeTo` (a misspelt word) checks
 * only words of the same initial and near length, and remembers what it found for each word.
 */
class EntityIndex {
  private readonly order = new Map<Entity, number>();
  private readonly byWord = new Map<string, Entity[]>();
  private readonly byCompact = new Map<string, Entity[]>();
  /** Distinct words by initial and length, in order of first use. */
  private readonly wordsByShape = new Map<string, string[]>();
  private readonly typoMemo = new Map<string, { seen: Map<string, number>; close: Set<string> }>();

  add(e: Entity): void {
    this.order.set(e, this.order.size);
    for (const w of new Set(e.words)) {
      const list = this.byWord.get(w);
      if (list) list.push(e);
      else {
        this.byWord.set(w, [e]);
        const shape = `${w.charAt(0)}${w.length}`;
        const same = this.wordsByShape.get(shape);
        if (same) same.push(w);
        else this.wordsByShape.set(shape, [w]);
      }
    }
    if (e.words.length > 1) {
      const compact = e.words.join("");
      const list = this.byCompact.get(compact);
      if (list) list.push(e);
      else this.byCompact.set(compact, [e]);
    }
  }

  withWord(w: string): Entity[] {
    return this.byWord.get(w) ?? [];
  }

  /** Entities with any of `words` in their name (or written as `compact`), in order of introduction. */
  sharing(words: readonly string[], compact?: string): Entity[] {
    const found = new Set<Entity>();
    for (const w of words) for (const e of this.withWord(w)) found.add(e);
    if (compact !== undefined) for (const e of this.byCompact.get(compact) ?? []) found.add(e);
    return this.sorted([...found]);
  }

  first(cands: Entity[], test: (e: Entity) => boolean): Entity | undefined {
    return cands.find(test);
  }

  /** Entities with a name word one misspelling from `word` (not `word` itself), in order of introduction. */
  closeTo(word: string): Entity[] {
    let memo = this.typoMemo.get(word);
    if (!memo) {
      memo = { seen: new Map(), close: new Set() };
      this.typoMemo.set(word, memo);
    }
    // closeWords needs the same initial and at most two edits: lengths within two.
    for (let len = word.length - 2; len <= word.length + 2; len++) {
      const shape = `${word.charAt(0)}${len}`;
      const list = this.wordsByShape.get(shape) ?? [];
      for (let i = memo.seen.get(shape) ?? 0; i < list.length; i++) {
        const w = list[i] as string;
        if (w !== word && closeWords(word, w)) memo.close.add(w);
      }
      memo.seen.set(shape, list.length);
    }
    if (memo.close.size === 0) return [];
    const found = new Set<Entity>();
    for (const w of memo.close) for (const e of this.withWord(w)) found.add(e);
    return this.sorted([...found]);
  }

  private sorted(list: Entity[]): Entity[] {
    return list.length < 2
      ? list
      : list.sort((a, b) => (this.order.get(a) as number) - (this.order.get(b) as number));
  }
}

/** A new multi-word name needs something that says "person": a title, an honorific, an apposition,
 * a verb or possessive right after it. Otherwise "Rose Garden", "Tamil Nadu" would become people. */
function evidence(ctx: Ctx, run: NameRun, cues: Cues): boolean {
  // "the mayor of the city of Nablus": the title belongs to someone else; this is the place.
  if (run.placeLike && ctx.toks[run.start - 1] === "of") return false;
  if (cues.role || cues.country || cues.org || cues.counterpart || run.honorific) return true;
  if (run.placeLike) return false;
  const next = ctx.toks[run.end] ?? "";
  const p = ctx.pos[run.end] ?? "";
  if (p === "VERB" || p === "AUX" || /^['’]s?$/.test(next)) return true;
  if (coordinatedSubject(ctx, run.end, 2)) return true;
  if (nameLexicon().titleNouns.has(ctx.toks[run.start - 1] ?? "")) return true;
  // ", who …" / ", a …" / ", the …" apposition or relative clause.
  return next === "," && /^(who|a|an|the|his|her)$/i.test(ctx.toks[run.end + 1] ?? "");
}

/** "Ruto and Abiy met", "William Ruto and Abiy Ahmed said": after the run, "and" and one more
 * capitalised run of `min` to three words, then a verb (a full name pairs with a full name: in
 * "Angela Keane and Justin Sink in Washington" the tagger reads "Sink" as a verb). */
function coordinatedSubject(ctx: Ctx, end: number, min: number): boolean {
  if (ctx.toks[end] !== "and") return false;
  let k = end + 1;
  const stop = Math.min(ctx.sentEnd[ctx.sent[end] as number] as number, end + 5);
  while (k < stop && ctx.pos[k] === "PROPN" && isCapitalised(ctx.toks[k] as string)) k++;
  if (k - end - 1 < min) return false;
  return ctx.pos[k] === "VERB" || (ctx.pos[k] === "AUX" && ctx.pos[k + 1] === "VERB");
}

/** A one-word candidate that reads as a person: a title or honorific, or a proper noun mid-sentence. */
function plausibleName(ctx: Ctx, run: NameRun, cues: Cues): boolean {
  if (cues.role || run.honorific || cues.country) return true;
  const initial = run.start === ctx.sentFirst[ctx.sent[run.start] as number];
  if (!initial) return ctx.pos[run.end - 1] === "PROPN";
  // "Modi said …", "Ruto and Abiy met …": a sentence-opening word followed by its verb.
  return (
    (/^(VERB|AUX)$/.test(ctx.pos[run.end] ?? "") || coordinatedSubject(ctx, run.end, 1)) &&
    !nameLexicon().nonNames.has(ctx.toks[run.start] as string)
  );
}

const wordsOfPerson = new WeakMap<Person, readonly string[]>();

/** A known person's name words, computed once. */
function personWords(p: Person): readonly string[] {
  let w = wordsOfPerson.get(p);
  if (!w) {
    w = nameWords(p.name);
    wordsOfPerson.set(p, w);
  }
  return w;
}

/** Office holders whose name is one typo away from some words, memoised by the words (the scan is
 * long and the same unknown names recur across articles); the article date is applied afterwards,
 * so one scan serves every date. */
const typoMemo = new Map<string, Person[]>();

function typoCandidates(key: string, scan: () => Person[]): Person[] {
  let v = typoMemo.get(key);
  if (v === undefined) {
    v = scan();
    if (typoMemo.size > 20_000) typoMemo.clear();
    typoMemo.set(key, v);
  }
  return v;
}

/** The one office holder in office on the date whose full name is `words` with one word misspelt:
 * of a place the article names, or holding the very office the title names ("the Dominican
 * Republic's Prime Minister Roosvelt Skerrit": Dominica has the prime minister). */
function holderTypo(ctx: Ctx, words: readonly string[], cues: Cues): Person | null {
  const cands = typoCandidates(`n\u0000${words.join(" ")}`, () =>
    (holders().byInitial.get(words[0]?.charAt(0) ?? "") ?? []).filter((p) => typoOf(words, personWords(p))),
  );
  // An undated article: a full name one letter off a holder's is that holder, whenever they held
  // office, as long as the article names their country.
  const office = cues.role ? formKey(cues.role.role.name) : null;
  const found = cands.filter((p) => heldHere(ctx, p, office));
  return found.length === 1 ? (found[0] as Person) : null;
}

/** Office holders in office on the date whose surname is one edit away ("Mood" → Moon). */
function holderSurnameTypos(ctx: Ctx, word: string): Person[] {
  const cands = typoCandidates(`s\u0000${word}`, () => scanSurnameTypos(word));
  return cands.filter((p) => heldHere(ctx, p));
}

/** Countries and organisations (with their parents) the article names, by name, demonym, metonym
 * or ambiguous form; computed once per article. */
const placesMemo = new WeakMap<Ctx, Set<string>>();

function placesOf(ctx: Ctx): Set<string> {
  let places = placesMemo.get(ctx);
  if (places) return places;
  places = new Set<string>();
  for (const m of ctx.matchAt) {
    for (const h of m?.hits ?? []) {
      if (h.kind === "country" || h.kind === "metonym") places.add(h.country.iso3);
      else if (h.kind === "ambiguous") for (const c of h.ambiguity.candidates) places.add(c);
      else if (h.kind === "organisation") {
        places.add(`org:${h.organisation.id}`);
        if (h.organisation.parent) places.add(`org:${h.organisation.parent}`);
      }
    }
  }
  placesMemo.set(ctx, places);
  return places;
}

/** True when the tokens either side of [start, end) are not capitalised words of the same name. */
function standsAlone(ctx: Ctx, start: number, end: number): boolean {
  const capital = (i: number) => {
    const t = ctx.toks[i];
    return t !== undefined && ctx.sent[i] === ctx.sent[start] && /^\p{Lu}/u.test(t);
  };
  const first = start === ctx.sentFirst[ctx.sent[start] as number];
  return (first || !capital(start - 1)) && !capital(end);
}

/** Offices news names by surname alone without naming the country: those of the G20 states
 * (members in organisations.json) and of the UN, the EU and NATO. */
let worldKnown: Set<string> | null = null;

function widelyKnown(ctx: Ctx): Set<string> {
  worldKnown ??= new Set([
    ...(ctx.k.organisationById("G20")?.members ?? []),
    ...["UN", "EU", "NATO"].map((id) => `org:${id}`),
  ]);
  return worldKnown;
}

/** An office holder in office on the article's date, of a G20 state or world body or of a country
 * or organisation the article names: a surname or a misspelt name alone is resolved only against
 * those (with every state's leaders known, "Martin" of "Lockheed Martin" is somebody's surname).
 * An article that names no place at all ("Modi said…") leaves every office open; `office` (a title
 * before the name) admits a holder of that very office wherever it is. */
function heldHere(ctx: Ctx, p: Person, office: string | null = null): boolean {
  const date = ctx.date;
  if (date !== null && !inOffice(p, date)) return false;
  const places = placesOf(ctx);
  if (places.size === 0) return true;
  const known = widelyKnown(ctx);
  return p.terms.some((t) => {
    if (date !== null && (t.start > date || (t.end !== null && date > t.end))) return false;
    const where = t.country ?? `org:${t.organisation}`;
    return places.has(where) || known.has(where) || (office !== null && formKey(t.role) === office);
  });
}

function scanSurnameTypos(word: string): Person[] {
  const out: Person[] = [];
  for (const p of holders().byInitial.get(word.charAt(0)) ?? []) {
    const w = personWords(p);
    const surname = formKey(p.surname);
    if (w.length > 0 && !surname.includes(" ") && closeWords(word, surname)) out.push(p);
  }
  return out;
}

function merge(a: Readonly<Cues>, b: Readonly<Cues>): Readonly<Cues> {
  // Cues are only read once made: a side that found nothing adds nothing (a title never sets
  // `personAt`; an apposition never sets `counterpart`, `possessor` or `from`), so reuse the other.
  if (b === NO_CUES) return a;
  if (a === NO_CUES) return b;
  return {
    country: a.country ?? b.country,
    countryVia: a.countryVia ?? b.countryVia,
    sector: a.sector ?? b.sector,
    role: a.role ?? b.role,
    org: a.org ?? b.org,
    counterpart: a.counterpart,
    possessor: a.possessor,
    from: a.from,
    personAt: b.personAt >= 0 ? b.personAt : a.personAt,
  };
}

export { termAt };
