// Site chrome that is no marker word: pipe strips ("| world | The Daily Post"), a site's domain glued to its
// breadcrumbs ("Example.comExample NewsDiplomacy"), lines that only name a place ("Nairobi", "Today in Lima, Peru").
import { createRequire } from "node:module";
import type { RemovalReason } from "../model/document.js";
import { wordCount } from "./text.js";

/** Chrome lines are short: longer lines are not looked at. */
export const MOST_CHROME_WORDS = 12;

/** Why a short line is site chrome, or null. */
export function chromeReason(line: string): RemovalReason | null {
  if (line.includes("|") && isPipeStrip(line)) return "navigation";
  if (line.includes(".") && !/[.!?]$/.test(line) && GLUED_DOMAIN.test(line)) return "navigation";
  if (wordCount(line) <= 6 && isPlaceLine(line)) return "byline";
  return null;
}

/** "| world | The Daily Post", "Home | Politics | Asia": short fields between pipes, no figures, no sentence. */
function isPipeStrip(line: string): boolean {
  if (/\d|[.!?:]$/.test(line)) return false;
  const parts = line.split("|").map((p) => p.trim());
  const fields = parts.filter((p) => p.length > 0);
  const edge = parts[0] === "" || parts[parts.length - 1] === "";
  return fields.length > 0 && (edge || fields.length >= 3) && fields.every((p) => wordCount(p) <= 4);
}

// A domain name opening the line, then capitals glued to it or nothing: "Example.comExample News…".
const GLUED_DOMAIN =
  /^(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|info|news|gov|edu|int|io|tv|co|[a-z]{2})(?:\.[a-z]{2})?(?:(?=\p{Lu})\S.{0,80}|\s*)$/u;

const PLACE = "[\\p{Lu}][\\p{L}'’.-]*(?:[ -][\\p{Lu}][\\p{L}'’.-]*){0,2}";
const PLACE_LINE = new RegExp(
  `^(?:(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Ll]ive|[Nn]ow|[Rr]eporting)\\s+(?:in|from)\\s+)?(?<a>${PLACE})(?:,\\s*(?<b>${PLACE}))?\\.?$`,
  "u",
);

/** "Nairobi", "LIMA", "Today in Lima, Peru", "Kazan, Russia": a known place, or any place and a known country. */
function isPlaceLine(line: string): boolean {
  const g = PLACE_LINE.exec(line)?.groups;
  if (!g?.a) return false;
  const places = knownPlaces();
  if (g.b) return places.countries.has(g.b.toLowerCase()) || places.all.has(g.b.toLowerCase());
  return places.all.has(g.a.toLowerCase());
}

interface Places {
  countries: Set<string>;
  all: Set<string>;
}
let places: Places | null = null;

/** Country names and capitals (the world-countries package the actors layer reads too), loaded on first use. */
function knownPlaces(): Places {
  if (places) return places;
  const require = createRequire(import.meta.url);
  const world = require("world-countries") as { name: { common: string }; capital?: string[] }[];
  const countries = new Set(world.map((c) => c.name.common.toLowerCase()));
  const all = new Set([...countries, ...world.flatMap((c) => (c.capital ?? []).map((x) => x.toLowerCase()))]);
  places = { countries, all };
  return places;
}
