// Runs the actors stage over a sentence or two written for the test, with an article date.
import { findActors } from "../../src/actors/stage.js";
import { analyse } from "../../src/language/analyse.js";
import { type ActorDocument, emptyMetadata } from "../../src/model/document.js";

export function actorsOf(text: string, published: string | null = "2024-06-10"): ActorDocument {
  const meta = { ...emptyMetadata(), published };
  const base = {
    id: "t",
    origin: { path: "test", format: "text" as const, encoding: "UTF-8" },
    raw: text,
    contentType: "text" as const,
    content: text,
    hints: {},
    body: text,
    meta,
    text,
    removed: [],
  };
  return findActors({ ...base, ...analyse(text) });
}

export const person = (d: ActorDocument, name: string) =>
  d.actors.find((a) => a.kind === "person" && a.name === name);

/** The person the text calls `name`: a known person keeps their table name, and the text's form is
 * one of their aliases ("Abdel Fattah el-Sisi" is Abdel Fattah al-Sisi). */
export const personCalled = (d: ActorDocument, name: string) =>
  person(d, name) ?? d.actors.find((a) => a.kind === "person" && a.aliases.includes(name));

export const people = (d: ActorDocument) => d.actors.filter((a) => a.kind === "person").map((a) => a.name);

/** The mention whose text is exactly `text` (the first one, or the n-th). */
export const mention = (d: ActorDocument, text: string, n = 0) =>
  d.mentions.filter((m) => m.text === text)[n];
