// dyad events, dyad explain, dyad quotes.

import { cameo } from "../events/codebook.js";
import type { DyadEvent, Participant } from "../model/document.js";
import { openDatabase } from "../store/database.js";
import { DocumentStore } from "../store/documents.js";
import { type EventQuery, getEvent, queryEvents, type StoredEvent } from "../store/event-queries.js";
import { queryQuotes } from "../store/quote-queries.js";
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
      actor: opts.actor,
      since: opts.since,
      until: opts.until,
      code: opts.code,
      modality: opts.modality as DyadEvent["modality"] | undefined,
      limit: Number(opts.limit),
    };
    const events = queryEvents(db, query);
    if (opts.json) {
      console.log(JSON.stringify(events));
      return;
    }
    if (!events.length) out("no events match");
    for (const e of events) out(eventLine(e));
  } finally {
    db.close();
  }
}

const side = (p: Participant | null) =>
  p ? (p.name ? `${p.name} (${p.country ?? "?"})` : (p.country ?? p.code)) : "—";

function eventLine(e: StoredEvent): string {
  const date = `${e.date ?? "????-??-??"}${e.dateInferred ? "~" : " "}`;
  const mod = e.modality === "asserted" ? "" : ` [${e.modality}]`;
  const name = cameo(e.code)?.name ?? "";
  return `${e.key.padEnd(22)} ${date.padEnd(12)} ${e.code.padEnd(4)} ${side(e.source)} → ${side(e.target)}  ${name}${mod}`;
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
      console.log(JSON.stringify({ ...e, evidence }, null, 2));
      return;
    }
    const entry = cameo(e.code);
    out(`${e.key}: ${e.code} ${entry?.name ?? ""}`);
    out(`  goldstein ${e.goldstein}, quad class ${e.quadClass}, PLOVER ${e.plover}, modality ${e.modality}`);
    out(`  source    ${side(e.source)}  [${e.source.code}]`);
    out(`  target    ${side(e.target)}  [${e.target?.code ?? "-"}]`);
    for (const o of e.others) out(`  also      ${side(o)}  [${o.code}]`);
    out(
      `  date      ${e.date ?? "unknown"}${e.dateInferred ? " (inferred from the publication date)" : e.dateText ? ` (from "${e.dateText}")` : ""}`,
    );
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
      speaker: opts.speaker,
      about: opts.about?.toUpperCase(),
      limit: Number(opts.limit),
    });
    if (opts.json) {
      console.log(JSON.stringify(quotes));
      return;
    }
    if (!quotes.length) out("no quotes match");
    for (const q of quotes) {
      const who = q.speakerName
        ? `${q.speakerName}${q.speakerCountry ? ` (${q.speakerCountry})` : ""}`
        : "unknown speaker";
      const via = q.via ? ` via ${q.via}` : "";
      out(`${q.docId} ${q.published ?? ""} ${who}${via} [${q.kind}]`);
      out(`    ${q.kind === "indirect" ? q.text : `“${q.text}”`}`);
    }
  } finally {
    db.close();
  }
}
