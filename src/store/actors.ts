// The actors layer in the store: each document's actors and mentions, written inside the document's
// transaction (DocumentStore.put) and deleted with it.
import type { Actor, ActorDocument, ActorMention } from "../model/document.js";
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

interface MentionRow {
  start: number;
  end: number;
  text: string;
  actors: string;
  via: ActorMention["via"];
  code: string;
  confidence: number;
  alternatives: string | null;
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
    this.insertMention = db.prepare(`INSERT INTO actor_mentions
      (doc_id, seq, start, end, text, actors, via, code, confidence, alternatives) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.actorsOf = db.prepare<[string], ActorRow>("SELECT * FROM doc_actors WHERE doc_id = ? ORDER BY seq");
    this.mentionsOf = db.prepare<[string], MentionRow>(
      "SELECT * FROM actor_mentions WHERE doc_id = ? ORDER BY seq",
    );
  }

  /** Called inside the document's transaction. */
  insert(doc: ActorDocument): void {
    for (const [seq, a] of doc.actors.entries()) {
      this.insertActor.run(
        doc.id,
        seq,
        a.id,
        a.kind,
        a.name,
        a.country,
        a.role,
        a.sector,
        a.code,
        JSON.stringify(a.aliases),
        a.confidence,
      );
    }
    doc.mentions.forEach((m, i) => {
      const alternatives = m.alternatives?.length ? JSON.stringify(m.alternatives) : null;
      this.insertMention.run(
        doc.id,
        i,
        m.start,
        m.end,
        m.text,
        JSON.stringify(m.actors),
        m.via,
        m.code,
        m.confidence,
        alternatives,
      );
    });
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

  mentions(docId: string): ActorMention[] {
    return this.mentionsOf.all(docId).map((r) => ({
      start: r.start,
      end: r.end,
      text: r.text,
      actors: JSON.parse(r.actors) as string[],
      via: r.via,
      code: r.code,
      confidence: r.confidence,
      ...(r.alternatives ? { alternatives: JSON.parse(r.alternatives) as string[] } : {}),
    }));
  }
}
