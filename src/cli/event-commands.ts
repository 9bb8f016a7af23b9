// dyad events, dyad explain, dyad quotes.

import { cameo } from "../events/codebook.js";
import { exportEvent, exportQuote } from "../export/record.js";
import type { DyadEvent, Participant } from "../model/document.js";
import { type ActorMatch, ambiguity, matchActor } from "../store/actor-match.js";
import type { Db } from "../store/database.js";
import { openDatabase } from "../store/database.js";
import { DocumentStore } from "../store/documents.js";
import { type EventQuery, getEvent, queryEvents, type StoredEvent } from "../store/event-queries.js";
import { queryQuotes, type StoredQuote } from "../store/quote-queries.js";
import { printJson } from "./json.js";
import { renderTable } from "./table.js";
import { err, out } from "./terminal.js";

interface EventsOptions {
  db: string;
  dyad?: string;
  directed?: boolean;
  actor?: string;
  since?: string;
  until?: string;
  code?: string;
  modality?: string;
  limit: number;
  json?: boolean;
}

const MODALITIES = ["asserted", "planned", "negated", "hypothetical"];

/** "CHN-KOR" → ["CHN", "KOR"], with a clear error for anything else. */
export function parseDyad(text: string): [string, string] {
  const m = /^([A-Za-z]{3})[-–:/ ]([A-Za-z]{3})$/.exec(text.trim());
  if (!m) throw new Error(`--dyad wants two ISO 3166-1 alpha-3 codes like CHN-KOR, got "${text}"`);
  return [(m[1] as string).toUpperCase(), (m[2] as string).toUpperCase()];
}

export function eventsCommand(opts: EventsOptions): void {
  if (opts.modality && !MODALITIES.includes(opts.modality)) {
    throw new Error(`--modality must be one of ${MODALITIES.join(", ")}`);
  }
  const db = openDatabase(opts.db);
  try {
    const query: EventQuery = {
      dyad: opts.dyad ? parseDyad(opts.dyad) : undefined,
      directed: opts.directed,
      actor: opts.actor === undefined ? undefined : resolveActor(db, opts.actor),
      since: opts.since,
      until: opts.until,
      code: opts.code,
      modality: opts.modality as DyadEvent["modality"] | undefined,
      limit: Number(opts.limit),
    };
    const events = queryEvents(db, query);
    if (opts.json) {
      const text = documentText(db);
      printJson(events.map((e) => eventJson(e, text(e.docId))));
      return;
    }
    if (!events.length) {
      out("no events match");
      return;
    }
    for (const line of eventTable(events)) out(line);
    if (events.some((e) => e.dateInferred && e.date)) out(`\n${INFERRED_LEGEND}`);
  } finally {
    db.close();
  }
}

/** A clean text per document, read once however many of its events are printed. */
function documentText(db: Db): (id: string) => string {
  const get = db.prepare<[string], { text: string }>("SELECT text FROM documents WHERE id = ?");
  const cache = new Map<string, string>();
  return (id) => {
    let text = cache.get(id);
    if (text === undefined) {
      text = get.get(id)?.text ?? "";
      cache.set(id, text);
    }
    return text;
  };
}

/** An event for --json: the export record's event (same names, same meaning), where it was found. */
function eventJson(e: StoredEvent, text: string) {
  const withCode = (p: Participant) => ({ name: p.name, country: p.country, code: p.code });
  return {
    key: e.key,
    doc_id: e.docId,
    ...exportEvent(e, text),
    source: withCode(e.source),
    target: e.target && withCode(e.target),
    others: e.others.map(withCode),
    date_text: e.dateText,
    published: e.published,
    outlet: e.source_outlet,
    url: e.url,
  };
}

/** A quote for --json: the export record's quote and the document it is in. */
function quoteJson(q: StoredQuote) {
  return { id: q.id, doc_id: q.docId, published: q.published, outlet: q.outlet, ...exportQuote(q) };
}

/** The user's name resolved once; a name that several people bear is said on stderr (JSON stays clean). */
export function resolveActor(db: Db, name: string): ActorMatch {
  const match = matchActor(db, name);
  const note = ambiguity(match);
  if (note) err(`note: ${note}`);
  return match;
}

const side = (p: Participant | null) =>
  p ? (p.name ? `${p.name} (${p.country ?? "?"})` : (p.country ?? p.code)) : "—";

/** Marks a date the text did not state (the publication date stands in for it). */
const INFERRED = "~";
const INFERRED_LEGEND = `${INFERRED} after a date: the text does not state it; the publication date is used`;

function eventTable(events: StoredEvent[]): string[] {
  const date = (e: StoredEvent) => (e.date ? `${e.date}${e.dateInferred ? INFERRED : ""}` : "unknown");
  const mod = (e: StoredEvent) => (e.modality === "asserted" ? "" : ` (${e.modality})`);
  return renderTable(
    [
      { header: "event", keep: true },
      { header: "date", keep: true },
      { header: "code", keep: true },
      { header: "source", max: 28 },
      { header: "target", max: 28 },
      { header: "action", fill: true },
    ],
    events.map((e) => [
      e.key,
      date(e),
      e.code,
      side(e.source),
      side(e.target),
      `${cameo(e.code)?.name ?? ""}${mod(e)}`,
    ]),
  );
}

function dateLine(e: StoredEvent): string {
  if (e.date === null) return "unknown: the text states none and the document has no publication date";
  if (e.dateInferred) return `${e.date}, the publication date (the text does not state when)`;
  return e.dateText ? `${e.date} (from "${e.dateText}")` : e.date;
}

export function explainCommand(key: string, opts: { db: string; json?: boolean }): void {
  const db = openDatabase(opts.db);
  try {
    const e = getEvent(db, key);
    if (!e) {
      err(`no event "${key}" in ${opts.db} (ids look like news-001#e1; see dyad events)`);
      process.exitCode = 1;
      return;
    }
    const doc = new DocumentStore(db).get(e.docId);
    const text = doc?.text ?? "";
    const evidence = e.mentions.map((m) => ({
      sentence: text.slice(m.sentence.start, m.sentence.end),
      trigger: text.slice(m.trigger.start, m.trigger.end),
      pattern: m.pattern,
      offsets: m.sentence,
    }));
    if (opts.json) {
      printJson({ ...eventJson(e, text), evidence }, true);
      return;
    }
    const entry = cameo(e.code);
    out(`${e.key}: ${e.code} ${entry?.name ?? ""}`);
    out(`  goldstein ${e.goldstein}, quad class ${e.quadClass}, PLOVER ${e.plover}, modality ${e.modality}`);
    // The CAMEO actor code (country, then role: KORGOV is South Korea's government), named in words.
    const code = (c: string | undefined) => (c ? `  CAMEO actor code ${c}` : "");
    out(`  source    ${side(e.source)}${code(e.source.code)}`);
    out(`  target    ${side(e.target)}${code(e.target?.code)}`);
    for (const o of e.others) out(`  also      ${side(o)}${code(o.code)}`);
    out(`  date      ${dateLine(e)}`);
    if (e.location) out(`  location  ${e.location}`);
    out(
      `  document  ${e.docId}${e.source_outlet ? `, ${e.source_outlet}` : ""}${e.published ? `, ${e.published}` : ""}`,
    );
    evidence.forEach((m, i) => {
      out(
        `\n  evidence ${i + 1} (pattern ${m.pattern}, trigger "${m.trigger}", chars ${m.offsets.start}-${m.offsets.end}):`,
      );
      out(`    ${m.sentence}`);
    });
  } finally {
    db.close();
  }
}

export function quotesCommand(opts: {
  db: string;
  speaker?: string;
  about?: string;
  limit: number;
  json?: boolean;
}): void {
  const db = openDatabase(opts.db);
  try {
    const quotes = queryQuotes(db, {
      speaker: opts.speaker === undefined ? undefined : resolveActor(db, opts.speaker),
      about: opts.about?.toUpperCase(),
      limit: Number(opts.limit),
    });
    if (opts.json) {
      printJson(quotes.map(quoteJson));
      return;
    }
    if (!quotes.length) {
      out("no quotes match");
      return;
    }
    const lines = renderTable(
      [
        { header: "document", keep: true },
        { header: "published", keep: true },
        { header: "speaker", max: 32 },
        { header: "relayed by", max: 24 },
        { header: "kind", fill: true },
      ],
      quotes.map((q) => [
        q.docId,
        q.published ?? "",
        q.speakerName
          ? `${q.speakerName}${q.speakerCountry ? ` (${q.speakerCountry})` : ""}`
          : "unknown speaker",
        q.via ?? "",
        q.kind,
      ]),
    );
    out(lines[0]);
    quotes.forEach((q, i) => {
      out(lines[i + 1]);
      // The words themselves in full, under their row.
      out(`    ${q.kind === "indirect" ? q.text : `“${q.text}”`}`);
    });
  } finally {
    db.close();
  }
}
