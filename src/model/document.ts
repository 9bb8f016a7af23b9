// The one document model every stage reads and extends (readers → cleaning → language → store).
// A stage takes a document and returns it with its own layer added; it never rewrites an earlier layer.

/** How the input was read. */
export type InputFormat = "text" | "html" | "json" | "rss" | "atom" | "warc";

/** Where a document came from, so errors and `dyad show` can point back at it. */
export interface Origin {
  /** The path given by the user (or "-" for stdin), then the file inside a directory. */
  path: string;
  format: InputFormat;
  /** 1-based line (JSONL), item (feeds, JSON arrays) or record (WARC) number within the file. */
  record?: number;
  /** Character encoding the bytes were decoded from, e.g. "UTF-8", "windows-1252", "EUC-KR". */
  encoding: string;
}

/** Article metadata. `null` means unknown; never guessed. */
export interface Metadata {
  title: string | null;
  url: string | null;
  /** Publication date, YYYY-MM-DD. */
  published: string | null;
  /** Outlet or agency ("Reuters", "Yonhap"). */
  source: string | null;
  author: string | null;
  /** Site name from the page (og:site_name), when it differs from the agency. */
  site: string | null;
  /** Dateline place ("SEOUL", "Hanoi"), as written. */
  place: string | null;
  /**
   * The dateline's date, YYYY-MM-DD ("SEOUL, May 13, 2024 (Yonhap) --"; a date without a year takes the
   * publication year): the day the story was filed, reference day for its relative dates. Not stored.
   */
  datelineDate?: string | null;
}

export const emptyMetadata = (): Metadata => ({
  title: null,
  url: null,
  published: null,
  source: null,
  author: null,
  site: null,
  place: null,
  datelineDate: null,
});

/** Why the cleaner removed a line or a span; shown to users so they can contest it. */
export type RemovalReason =
  | "marker" // [ad_1], ADVERTISEMENT, Source link, Share this:
  | "navigation" // Skip to content, breadcrumbs, menus
  | "crawler-prefix" // "date 2021-03-04 " glued to the first line
  | "byline" // AFP | Hanoi | Updated: …, "By Jane Doe", reporter e-mail
  | "dateline" // an outlet's name opening the text ("Islam Times - "); datelines stay, read for metadata
  | "related-headline" // another story's headline dropped into the body
  | "read-also" // "Read - …", "Also read: …", "Related coverage:"
  | "caption" // Image: …/AP, Photo: Reuters, (File photo)
  | "title" // the headline repeated in the body
  | "repeated" // a paragraph or sentence already in the body
  | "end-marker" // (END), -30-, trailing separators
  | "empty"; // blank or punctuation-only line

export interface RemovedLine {
  /** The removed text exactly as it was in the body. */
  text: string;
  reason: RemovalReason;
  /** 0-based index of the line in the body before cleaning. */
  line: number;
}

/** A span of the cleaned text: [start, end) in UTF-16 code units, like String.prototype.slice. */
export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  /** Universal POS tag (NOUN, PROPN, VERB, …). */
  pos: string;
}

/** Output of a reader: one document's input, before any processing. */
export interface SourceDocument {
  id: string;
  origin: Origin;
  /** The decoded input exactly as read (file text, JSON record, HTML page); never modified. */
  raw: string;
  /** What kind of content `content` is. */
  contentType: "text" | "html";
  /** The article content to process: plain text or an HTML page. */
  content: string;
  /** Metadata the container gave (JSON fields, feed item, WARC headers). Wins over what the text suggests. */
  hints: Partial<Metadata>;
  /** Metadata the user gave for inputs that carry none (`ingest --published`): used only when nothing else is. */
  defaults?: Partial<Metadata>;
  /** What was wrong with the input but did not stop it being read ("invalid UTF-8: 1 byte sequence replaced"). */
  warnings?: string[];
}

/** After extraction (HTML → text) and cleaning. */
export interface CleanDocument extends SourceDocument {
  /** The body text before cleaning (extracted from HTML when contentType is "html"). */
  body: string;
  meta: Metadata;
  /** Cleaned body: boilerplate gone, each paragraph once, "\n\n" between paragraphs. */
  text: string;
  removed: RemovedLine[];
}

/** After the language layer. */
export interface AnalysedDocument extends CleanDocument {
  sentences: Span[];
  tokens: Token[];
}

/** A failure tied to one input; the batch goes on without it. */
export class InputError extends Error {
  constructor(
    readonly path: string,
    /** What went wrong, without the location. */
    readonly detail: string,
    readonly record?: number,
  ) {
    super(`${path}${record !== undefined ? `:${record}` : ""}: ${detail}`);
    this.name = "InputError";
  }
}

// ── Actors layer ────────────────────────────────────────────────────────────────────────────────

export type ActorKind = "person" | "country" | "organisation" | "media";

/** An entity that acts in this document (media are kept apart: they relay, they do not act). */
export interface Actor {
  /** Document-local key: "person:wang yi", "country:CHN", "organisation:IGOUNO", "media:xinhua". */
  id: string;
  kind: ActorKind;
  /** Canonical name: a person's full name, a country's common name, an organisation's name. */
  name: string;
  /** ISO 3166-1 alpha-3 code of the country the actor acts for; null for international bodies. */
  country: string | null;
  /** Role at the time of the article ("foreign minister"), when known. */
  role: string | null;
  /** CAMEO sector ("GOV", "MIL", "LEG"), when known. */
  sector: string | null;
  /** CAMEO-style code: country + sector ("CHNGOV"), a country ("KOR"), an organisation ("IGOUNO"). */
  code: string;
  /** Every surface form that referred to it in this document ("Wang", "the Chinese foreign minister"). */
  aliases: string[];
  /** 0..1: how sure the resolution is (a name in the text: 1; a typo or a role resolved by date: less). */
  confidence: number;
}

/** How a mention was tied to its actor; `dyad explain` shows it. */
export type MentionVia =
  | "name"
  | "surname"
  | "typo"
  | "role"
  | "office-holder"
  | "counterpart"
  | "pronoun"
  | "group"
  | "country"
  | "demonym"
  | "metonym"
  | "organisation"
  | "media";

export interface ActorMention extends Span {
  /** The text at [start, end). */
  text: string;
  /** Actor ids; two or more for "both sides", "the two ministers". */
  actors: string[];
  via: MentionVia;
  /** CAMEO-style code for this mention ("CHNGOV"). */
  code: string;
  confidence: number;
  /** Other actor ids the mention could refer to, when ambiguous. */
  alternatives?: string[];
}

/** After the actors stage. */
export interface ActorDocument extends AnalysedDocument {
  actors: Actor[];
  mentions: ActorMention[];
}

// ── Events layer ────────────────────────────────────────────────────────────────────────────────

export type Modality = "asserted" | "planned" | "negated" | "hypothetical";

/** One side of an event: an actor of the document, or a country/group without a named person. */
export interface Participant {
  /** Document-local actor id, when the side is an actor of the actors layer. */
  actor: string | null;
  /** A person's or organisation's name; null for a country. */
  name: string | null;
  country: string | null;
  /** CAMEO-style actor code ("KORGOV", "CHN", "IGOUNO"). */
  code: string;
}

/** One place in the text that reports the event. */
export interface EventMention {
  /** The evidence sentence. */
  sentence: Span;
  /** The words that triggered the pattern ("held talks with", "visit to"). */
  trigger: Span;
  /** Id of the lexicon pattern that fired, so `dyad explain` can say why. */
  pattern: string;
}

export interface DyadEvent {
  /** Document-local id ("e1"). */
  id: string;
  /** CAMEO code, fine where the text supports it, else the root ("042", "04"). */
  code: string;
  goldstein: number;
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quadClass: 1 | 2 | 3 | 4;
  /** PLOVER event category ("CONSULT", "DEMAND"). */
  plover: string;
  source: Participant;
  target: Participant | null;
  /** Further participants of a multi-party event (pairs are a view, not stored). */
  others: Participant[];
  location: string | null;
  /** YYYY-MM-DD or YYYY-MM; null when unknown. */
  date: string | null;
  /** True when nothing in the text fixed the date (publication date used). */
  dateInferred: boolean;
  /** The date expression in the text ("on Monday"), when there was one. */
  dateText: string | null;
  modality: Modality;
  /** Every sentence reporting this same occurrence; the first is the main evidence. */
  mentions: EventMention[];
}

export type QuoteKind = "direct" | "partial" | "indirect";

export interface Quote {
  /** Document-local id ("q1"). */
  id: string;
  /** Document-local actor id of the speaker, when resolved. */
  speaker: string | null;
  speakerName: string | null;
  speakerCountry: string | null;
  /** The quoted words (without quotation marks) or the reported content for indirect speech. */
  text: string;
  /** Where `text` is in the clean text. */
  span: Span;
  kind: QuoteKind;
  /** The agency, outlet or document that relayed the words ("Xinhua", "a foreign ministry statement"). */
  via: string | null;
  /** The cue verb ("said", "told", "according to"). */
  cue: string | null;
  /** Ids of events this quote is the evidence for. */
  events: string[];
}

/** After the events and quotes stages. */
export interface EventDocument extends ActorDocument {
  events: DyadEvent[];
  quotes: Quote[];
}
