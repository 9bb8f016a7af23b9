// Versioned schema. Append a migration; never edit one that has shipped: databases in the wild
// have already applied it.

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: "documents, removed lines, language layer, full-text search",
    sql: `
      CREATE TABLE documents (
        id            TEXT PRIMARY KEY,
        hash          TEXT NOT NULL,           -- sha256 of format + raw input: same hash, nothing to do
        origin_path   TEXT NOT NULL,
        origin_format TEXT NOT NULL,
        origin_record INTEGER,
        encoding      TEXT NOT NULL,
        raw           TEXT NOT NULL,           -- the input exactly as read, never modified
        content_type  TEXT NOT NULL,
        body          TEXT NOT NULL,           -- text before cleaning (extracted from HTML if needed)
        text          TEXT NOT NULL,           -- cleaned text
        title         TEXT,
        url           TEXT,
        published     TEXT,
        source        TEXT,
        author        TEXT,
        site          TEXT,
        place         TEXT,
        ingested_at   TEXT NOT NULL
      );
      CREATE INDEX documents_published ON documents(published);

      CREATE TABLE removed_lines (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        seq    INTEGER NOT NULL,
        line   INTEGER NOT NULL,
        reason TEXT NOT NULL,
        text   TEXT NOT NULL,
        PRIMARY KEY (doc_id, seq)
      ) WITHOUT ROWID;

      -- Sentences, one compact row per document. Tokens are not stored: they are cheap to recompute
      -- from the clean text and would be the largest thing written per document.
      CREATE TABLE language_layers (
        doc_id    TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        sentences TEXT NOT NULL                -- JSON [[start,end],...]
      ) WITHOUT ROWID;

      CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
      END;
      CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
      END;
      -- Only a change of the indexed columns touches the index (story assignment updates the row too).
      CREATE TRIGGER documents_au AFTER UPDATE OF title, text ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
      END;
    `,
  },
  {
    version: 2,
    name: "actors: per-document actors and mentions",
    sql: `
      CREATE TABLE doc_actors (
        doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        seq        INTEGER NOT NULL,         -- order of first mention
        key        TEXT NOT NULL,            -- document-local id ("person:wang yi")
        kind       TEXT NOT NULL,
        name       TEXT NOT NULL,
        country    TEXT,
        role       TEXT,
        sector     TEXT,
        code       TEXT NOT NULL,
        aliases    TEXT NOT NULL,            -- JSON array of surface forms
        confidence REAL NOT NULL,
        PRIMARY KEY (doc_id, key)
      ) WITHOUT ROWID;
      CREATE INDEX doc_actors_name ON doc_actors(kind, name);
      CREATE INDEX doc_actors_country ON doc_actors(country);

      -- Mentions are read whole per document (highlighting, explain): one JSON row per document,
      -- [[start, end, [actor ids], via, code, confidence, [alternatives]?], ...]; text is text[start:end].
      CREATE TABLE actor_mentions (
        doc_id   TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        mentions TEXT NOT NULL
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 3,
    name: "events and quotes",
    sql: `
      CREATE TABLE events (
        doc_id          TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        event_id        TEXT NOT NULL,          -- document-local ("e1"); globally doc_id#event_id
        code            TEXT NOT NULL,
        root            TEXT NOT NULL,
        goldstein       REAL NOT NULL,
        quad_class      INTEGER NOT NULL,
        plover          TEXT NOT NULL,
        source_actor    TEXT,
        source_name     TEXT,
        source_country  TEXT,
        source_code     TEXT NOT NULL,
        target_actor    TEXT,
        target_name     TEXT,
        target_country  TEXT,
        target_code     TEXT,
        others          TEXT NOT NULL,          -- JSON [Participant]
        location        TEXT,
        date            TEXT,
        date_inferred   INTEGER NOT NULL,
        date_text       TEXT,
        modality        TEXT NOT NULL,
        mentions        TEXT NOT NULL,          -- JSON [EventMention]
        PRIMARY KEY (doc_id, event_id)
      ) WITHOUT ROWID;
      CREATE INDEX events_dyad ON events(source_country, target_country);
      CREATE INDEX events_date ON events(date);

      CREATE TABLE quotes (
        doc_id          TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        quote_id        TEXT NOT NULL,
        speaker         TEXT,
        speaker_name    TEXT,
        speaker_country TEXT,
        text            TEXT NOT NULL,
        start           INTEGER NOT NULL,
        end             INTEGER NOT NULL,
        kind            TEXT NOT NULL,
        via             TEXT,
        cue             TEXT,
        events          TEXT NOT NULL,          -- JSON [event id]
        PRIMARY KEY (doc_id, quote_id)
      ) WITHOUT ROWID;
      CREATE INDEX quotes_speaker ON quotes(speaker_name);
    `,
  },
  {
    version: 4,
    name: "stories: story and copy of each document, signatures to rebuild the story index",
    sql: `
      ALTER TABLE documents ADD COLUMN story TEXT;
      ALTER TABLE documents ADD COLUMN duplicate_of TEXT;
      CREATE INDEX documents_story ON documents(story);
      -- One compact signature per document, in the order documents joined the index, so the next
      -- ingest rebuilds exactly the same index and new documents join existing stories.
      CREATE TABLE story_signatures (
        seq       INTEGER PRIMARY KEY,
        doc_id    TEXT NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
        signature TEXT NOT NULL
      );
    `,
  },
  {
    version: 5,
    name: "drop indexes no query uses (each one was paid for on every insert)",
    sql: `
      -- The actor registry and quote queries scan or match case-insensitively; stories are read by
      -- document id or in publication order. None of these indexes served a query.
      DROP INDEX IF EXISTS doc_actors_name;
      DROP INDEX IF EXISTS doc_actors_country;
      DROP INDEX IF EXISTS quotes_speaker;
      DROP INDEX IF EXISTS documents_story;
    `,
  },
  {
    version: 6,
    name: "documents: what was wrong with the input but did not stop it (reader warnings)",
    sql: `
      -- JSON array of messages ("invalid UTF-8: 2 byte sequences replaced with U+FFFD"); NULL: none.
      -- Rows stored before this version read as having none.
      ALTER TABLE documents ADD COLUMN warnings TEXT;
    `,
  },
];
