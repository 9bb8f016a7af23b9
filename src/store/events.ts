// The events and quotes layers in the store, written inside the document's transaction.
import type { DyadEvent, EventMention, Participant, Quote } from "../model/document.js";
import type { DocumentRows } from "../model/rows.js";
import type { Db } from "./database.js";

export interface EventRow {
  doc_id: string;
  event_id: string;
  code: string;
  root: string;
  goldstein: number;
  quad_class: 1 | 2 | 3 | 4;
  plover: string;
  source_actor: string | null;
  source_name: string | null;
  source_country: string | null;
  source_code: string;
  target_actor: string | null;
  target_name: string | null;
  target_country: string | null;
  target_code: string | null;
  others: string;
  location: string | null;
  date: string | null;
  date_inferred: number;
  date_text: string | null;
  modality: DyadEvent["modality"];
  mentions: string;
}

export interface QuoteRow {
  doc_id: string;
  quote_id: string;
  speaker: string | null;
  speaker_name: string | null;
  speaker_country: string | null;
  text: string;
  start: number;
  end: number;
  kind: Quote["kind"];
  via: string | null;
  cue: string | null;
  events: string;
}

export class EventLayerStore {
  private readonly insertEvent;
  private readonly insertQuote;
  private readonly eventsOf;
  private readonly quotesOf;

  constructor(readonly db: Db) {
    // Positional parameters in table column order: binding them is cheaper than named ones.
    this.insertEvent = db.prepare(`INSERT INTO events VALUES (${Array(22).fill("?").join(", ")})`);
    this.insertQuote = db.prepare(`INSERT INTO quotes VALUES (${Array(12).fill("?").join(", ")})`);
    this.eventsOf = db.prepare<[string], EventRow>("SELECT * FROM events WHERE doc_id = ?");
    this.quotesOf = db.prepare<[string], QuoteRow>("SELECT * FROM quotes WHERE doc_id = ?");
  }

  /** Called inside the document's transaction. */
  insert(docId: string, layer: NonNullable<DocumentRows["events"]>): void {
    for (const values of layer.rows) this.insertEvent.run(docId, ...values);
    for (const values of layer.quotes) this.insertQuote.run(docId, ...values);
  }

  events(docId: string): DyadEvent[] {
    return this.eventsOf.all(docId).map(fromRow);
  }

  quotes(docId: string): Quote[] {
    return this.quotesOf.all(docId).map(quoteFromRow);
  }
}

export function fromRow(r: EventRow): DyadEvent {
  const target: Participant | null =
    r.target_code === null
      ? null
      : { actor: r.target_actor, name: r.target_name, country: r.target_country, code: r.target_code };
  return {
    id: r.event_id,
    code: r.code,
    goldstein: r.goldstein,
    quadClass: r.quad_class,
    plover: r.plover,
    source: { actor: r.source_actor, name: r.source_name, country: r.source_country, code: r.source_code },
    target,
    others: JSON.parse(r.others) as Participant[],
    location: r.location,
    date: r.date,
    dateInferred: r.date_inferred === 1,
    dateText: r.date_text,
    modality: r.modality,
    mentions: JSON.parse(r.mentions) as EventMention[],
  };
}

export function quoteFromRow(r: QuoteRow): Quote {
  return {
    id: r.quote_id,
    speaker: r.speaker,
    speakerName: r.speaker_name,
    speakerCountry: r.speaker_country,
    text: r.text,
    span: { start: r.start, end: r.end },
    kind: r.kind,
    via: r.via,
    cue: r.cue,
    events: JSON.parse(r.events) as string[],
  };
}
