// The loaded knowledge base: every table, its indexes and the lookups the actor stage uses.
import { resolve } from "node:path";
import { isFolder } from "../../knowledge/load.js";
import { type Catalog, mediaCatalog, organisationCatalog } from "./catalog.js";
import { buildCountries, type CountryTables } from "./countries.js";
import { KnowledgeFileError, readKnowledgeDir, shippedDir, userDirFrom } from "./files.js";
import { HolderTable } from "./holders.js";
import { formKey, withoutPossessive } from "./normalize.js";
import { PhraseTrie, tokenWords } from "./phrase-trie.js";
import { RoleTable } from "./roles.js";
import type { SurfaceIndex } from "./surface-index.js";
import type {
  Ambiguity,
  Caution,
  Country,
  Hit,
  KnowledgeCounts,
  Media,
  Metonym,
  OfficeHolder,
  OfficeQuery,
  Organisation,
  Person,
  PhraseMatch,
  Role,
  RoleMatch,
} from "./types.js";

/** Scratch space for `matchAt`'s candidate phrases (never re-entered, so one pair serves all). */
const phraseEnds: number[] = [];
const phraseKeys: string[] = [];

export interface LoadOptions {
  /** User knowledge directory; undefined = $DYAD_KNOWLEDGE, null = none. */
  userDir?: string | null;
  /** Shipped directory (tests); defaults to the package's data/actors/. */
  shippedDir?: string;
}

export interface MetonymHit {
  metonym: Metonym;
  country: Country;
}

export class Knowledge {
  readonly countryTables: CountryTables;
  readonly organisations: Catalog<Organisation>;
  readonly mediaOutlets: Catalog<Media>;
  readonly roleTable: RoleTable;
  readonly holderTable: HolderTable;
  readonly userDir: string | null;
  private readonly trie = new PhraseTrie();
  /** Hits by key and surface: the same phrases recur in every article, and the tables never change. */
  private readonly hitCache = new Map<string, Map<string, Hit[]>>();

  constructor(options: LoadOptions = {}) {
    const shipped = readKnowledgeDir(options.shippedDir ?? shippedDir, true);
    const dir = userDirFrom(options.userDir);
    this.userDir = dir === null ? null : resolve(dir);
    if (this.userDir !== null && !isFolder(this.userDir)) {
      throw new KnowledgeFileError(this.userDir, "knowledge directory not found");
    }
    const user = this.userDir === null ? {} : readKnowledgeDir(this.userDir);
    this.countryTables = buildCountries(shipped.countries, user.countries);
    this.organisations = organisationCatalog(shipped.organisations, user.organisations);
    this.mediaOutlets = mediaCatalog(shipped.media, user.media);
    this.roleTable = new RoleTable(shipped.roles, user.roles);
    this.holderTable = new HolderTable(shipped.holders, user.holders, this.roleTable);
    for (const index of this.indexes()) for (const key of index.keys()) this.trie.add(key);
  }

  private indexes(): SurfaceIndex<unknown>[] {
    const t = this.countryTables;
    return [
      t.names,
      t.demonyms,
      t.metonyms,
      t.ambiguous,
      this.organisations.index,
      this.mediaOutlets.index,
      this.roleTable.index,
      this.holderTable.personIndex,
    ] as SurfaceIndex<unknown>[];
  }

  /** First hit of an index for the text, retrying without a final possessive ("China's"). */
  private first<T>(index: SurfaceIndex<T>, text: string): T | null {
    const found = index.get(text)[0];
    if (found !== undefined) return found;
    const bare = withoutPossessive(formKey(text));
    return bare === null ? null : (index.getKey(bare, text)[0] ?? null);
  }

  countryByName(text: string): Country | null {
    return this.first(this.countryTables.names, text);
  }

  countryByDemonym(text: string): Country | null {
    return this.first(this.countryTables.demonyms, text);
  }

  /** A capital or seat of power standing for a state; with a date, only a seat in use then. */
  metonym(text: string, date?: string): MetonymHit | null {
    const hits = this.countryTables.metonyms.get(text);
    const m = hits.find((x) => date === undefined || ((x.from ?? "") <= date && date <= (x.to ?? "9999")));
    const country = m ? this.countryTables.byIso.get(m.iso3) : undefined;
    return m && country ? { metonym: m, country } : null;
  }

  /** Set when the form names several states (or none): "Korean", "Congo". */
  ambiguity(text: string): Ambiguity | null {
    return this.first(this.countryTables.ambiguous, text);
  }

  caution(text: string): Caution | null {
    return this.countryTables.cautions.get(text)[0] ?? null;
  }

  country(iso3: string): Country | null {
    return this.countryTables.byIso.get(iso3.toUpperCase()) ?? null;
  }

  countryName(iso3: string): string | null {
    return this.country(iso3)?.name ?? null;
  }

  countries(): Country[] {
    return [...this.countryTables.byIso.values()];
  }

  organisation(text: string): Organisation | null {
    return this.first(this.organisations.index, text);
  }

  organisationById(id: string): Organisation | null {
    return this.organisations.byId.get(id) ?? null;
  }

  media(text: string): Media | null {
    return this.first(this.mediaOutlets.index, text);
  }

  role(text: string): RoleMatch | null {
    return this.roleTable.match(text);
  }

  roleByName(name: string): Role | null {
    return this.roleTable.byName(name);
  }

  sectorLabel(code: string): string | null {
    return this.roleTable.sectors.get(code) ?? null;
  }

  officeHolders(query: OfficeQuery): OfficeHolder[] {
    return this.holderTable.query(query);
  }

  personByName(name: string): Person | null {
    return this.holderTable.personByName(name);
  }

  /** Everything a piece of text can name. */
  lookup(text: string): Hit[] {
    return this.hitsForKey(formKey(text), text);
  }

  private hitsForKey(key: string, surface: string): Hit[] {
    // Keyed by key, then surface: no joined string to build and hash on every look-up.
    let bySurface = this.hitCache.get(key);
    if (bySurface === undefined) {
      if (this.hitCache.size >= 50_000) this.hitCache.clear();
      bySurface = new Map();
      this.hitCache.set(key, bySurface);
    }
    let hits = bySurface.get(surface);
    if (hits === undefined) {
      hits = this.computeHits(key, surface);
      if (bySurface.size >= 1_000) bySurface.clear();
      bySurface.set(surface, hits);
    }
    return hits;
  }

  private computeHits(key: string, surface: string): Hit[] {
    const t = this.countryTables;
    return [
      ...t.names.getKey(key, surface).map((country): Hit => ({ kind: "country", via: "name", country })),
      ...t.demonyms
        .getKey(key, surface)
        .map((country): Hit => ({ kind: "country", via: "demonym", country })),
      ...t.metonyms
        .getKey(key, surface)
        .map((metonym): Hit => ({ kind: "metonym", metonym, country: t.byIso.get(metonym.iso3) as Country })),
      ...t.ambiguous.getKey(key, surface).map((ambiguity): Hit => ({ kind: "ambiguous", ambiguity })),
      ...this.organisations.index
        .getKey(key, surface)
        .map((organisation): Hit => ({ kind: "organisation", organisation })),
      ...this.mediaOutlets.index.getKey(key, surface).map((media): Hit => ({ kind: "media", media })),
      ...this.roleTable.index.getKey(key, surface).map((role): Hit => ({ kind: "role", role })),
      ...this.holderTable.personIndex.getKey(key, surface).map((person): Hit => ({ kind: "person", person })),
    ];
  }

  /**
   * The longest known phrase starting at token `start` whose case fits, or null.
   * `words` = `tokenWords(tokens)` saves re-normalising when calling at many positions;
   * `limit` ends the sequence early (a sentence inside a document's tokens) without slicing.
   */
  matchAt(
    tokens: readonly string[],
    start: number,
    words?: readonly (readonly string[])[],
    limit = tokens.length,
  ): PhraseMatch | null {
    const n = this.trie.phrasesAt(tokens, start, words, limit, phraseEnds, phraseKeys);
    // Longest first.
    for (let c = n - 1; c >= 0; c--) {
      const end = phraseEnds[c] as number;
      // One-token phrases (most) reuse the token string itself.
      const surface = end === start + 1 ? (tokens[start] as string) : tokens.slice(start, end).join(" ");
      const hits = this.hitsForKey(phraseKeys[c] as string, surface);
      if (hits.length > 0) return { start, end, hits };
    }
    return null;
  }

  /** False when no known phrase starts at this token; true when one may (`matchAt` tells). */
  mayStartPhrase(token: string): boolean {
    return this.trie.mayStartPhrase(token);
  }

  /** Left-to-right longest matches over a token sequence, not overlapping. */
  scan(tokens: readonly string[]): PhraseMatch[] {
    const out: PhraseMatch[] = [];
    const words = tokenWords(tokens);
    for (let i = 0; i < tokens.length; ) {
      const m = this.matchAt(tokens, i, words);
      if (m) out.push(m);
      i = m ? m.end : i + 1;
    }
    return out;
  }

  /** Longest phrase in words, for callers that window their own matching. */
  get maxPhraseWords(): number {
    return this.trie.maxWords;
  }

  counts(): KnowledgeCounts {
    const t = this.countryTables;
    return {
      countries: t.byIso.size,
      countryNames: t.names.size,
      demonyms: t.demonyms.size,
      metonyms: t.metonyms.size,
      ambiguous: t.ambiguous.size,
      organisations: this.organisations.byId.size,
      media: this.mediaOutlets.byId.size,
      roles: this.roleTable.roles.size,
      roleForms: this.roleTable.index.size,
      officeHolders: this.holderTable.holders.length,
      persons: this.holderTable.persons.size,
    };
  }
}
