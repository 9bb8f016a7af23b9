import { findActors } from "../../src/actors/stage.js";
import { analyseArticle } from "../../src/eval/actors-dev.js";
import { extractEvents } from "../../src/events/stage.js";
import type { DyadEvent } from "../../src/model/document.js";

export function eventsOf(text: string, published: string | null = "2024-05-15"): DyadEvent[] {
  const doc = analyseArticle({ id: "t", title: null, published, source: null, url: null, text });
  return extractEvents(findActors(doc));
}

/** "root src>tgt" keys of asserted events, e.g. "04 KOR>CHN". */
export function keys(events: DyadEvent[]): string[] {
  return events
    .filter((e) => e.modality === "asserted")
    .map((e) => `${e.code.slice(0, 2)} ${e.source.country}>${e.target?.country}`);
}

export const codesOf = (text: string): string[] => keys(eventsOf(text));
