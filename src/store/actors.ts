// The actors layer in the store: each document's actors and mentions, written inside the document's
// transaction (DocumentStore.put) and deleted with it.
import type { Actor, ActorMention } from "../model/document.js";
import type { DocumentRows, MentionTuple } from "../model/rows.js";
import type { Db } from "./database.js";

interface ActorRow {
  key: string;
  kind: Actor["kind"];
  name: string;
  country: string | null;
  role: string | null;
  sector: string | null;
  code: string;
  aliases: string;
  confidence: number;
}

export class ActorLayerStore {
  private readonly insertActor;
  private readonly insertMention;
  private readonly actorsOf;
  private readonly mentionsOf;

  constructor(db: Db) {
    this.insertActor = db.prepare(`INSERT INTO doc_actors
      (doc_id, seq, key, kind, name, country, role, sector, code, aliases, confidence)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertMention = db.prepare("INSERT INTO actor_mentions (doc_id, mentions) VALUES (?, ?)");
    this.actorsOf = db.prepare<[string], ActorRow>("SELECT * FROM doc_actors WHERE doc_id = ? ORDER BY seq");
    this.mentionsOf = db.prepare<[string], { mentions: string }>(
      "SELECT mentions FROM actor_mentions WHERE doc_id = ?",
    );
  }

  /** Called inside the document's transaction. */
  insert(docId: string, layer: NonNullable<DocumentRows["actors"]>): void {
    for (const values of layer.rows) this.insertActor.run(docId, ...values);
    this.insertMention.run(docId, layer.mentions);
  }

  actors(docId: string): Actor[] {
    return this.actorsOf.all(docId).map((r) => ({
      id: r.key,
      kind: r.kind,
      name: r.name,
      country: r.country,
      role: r.role,
      sector: r.sector,
      code: r.code,
      aliases: JSON.parse(r.aliases) as string[],
      confidence: r.confidence,
    }));
  }

  /** Mentions of a document; `text` is the document's clean text, which the offsets point into. */
  mentions(docId: string, text: string): ActorMention[] {
    const row = this.mentionsOf.get(docId);
    if (!row) return [];
    return (JSON.parse(row.mentions) as MentionTuple[]).map(
      ([start, end, actors, via, code, confidence, alternatives]) => ({
        start,
        end,
        text: text.slice(start, end),
        actors,
        via,
        code,
        confidence,
        ...(alternatives ? { alternatives } : {}),
      }),
    );
  }
}
