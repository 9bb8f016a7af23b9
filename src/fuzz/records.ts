// Newsy pieces for the fuzzer's inputs: stories from the bench corpus (invented events between real
// countries), dates in the many shapes feeds use, and article records as JSON readers expect them.
import { makeStory, type Rng, type Story, templates } from "../bench/corpus-story.js";

export type { Rng, Story };

/** A story kept short: the fuzzer wants many inputs, not long ones. */
export function story(rng: Rng): Story {
  return makeStory(rng, rng.int(200, 2500));
}

export function body(s: Story): string {
  return [s.lede, ...s.paragraphs].join("\n\n");
}

export function slug(s: Story): string {
  return s.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 60);
}

export function url(rng: Rng, s: Story): string {
  return `https://www.${rng.pick(templates.sites).domain}/news/${slug(s)}-${rng.int(1, 99999)}`;
}

/** A publication date as sources write it, sometimes wrong or impossible. */
export function dateOf(rng: Rng, s: Story): string | number {
  const d = s.date;
  switch (rng.int(0, 7)) {
    case 0:
      return s.published;
    case 1:
      return d.toISOString();
    case 2:
      return d.toUTCString();
    case 3:
      return Math.floor(d.getTime() / 1000);
    case 4:
      return `${s.published.slice(8)}/${s.published.slice(5, 7)}/${s.published.slice(0, 4)}`;
    case 5:
      return rng.pick(["yesterday", "2024-13-45", "0000-00-00", "", "31 February 2023", "9999-12-31T99:99"]);
    case 6:
      return d.getTime() * rng.pick([1, 1000, -1]);
    default:
      return `${s.published}T${String(rng.int(0, 23)).padStart(2, "0")}:00:00+09:00`;
  }
}

export const escapeXml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function paragraphsHtml(s: Story): string {
  return [s.lede, ...s.paragraphs].map((p) => `<p>${escapeXml(p)}</p>`).join("\n");
}

/** An article record as the JSON and JSON Lines readers take it, with fields missing or mistyped at times. */
export function record(rng: Rng, s: Story, n: number): Record<string, unknown> {
  const r: Record<string, unknown> = {};
  if (rng.chance(0.8)) r.id = rng.chance(0.8) ? `${slug(s).slice(0, 20)}-${n}` : n;
  if (rng.chance(0.7)) r.url = url(rng, s);
  if (rng.chance(0.9)) r.title = s.title;
  if (rng.chance(0.85)) r.published = dateOf(rng, s);
  if (rng.chance(0.7)) r.source = s.source;
  if (rng.chance(0.5)) r.author = rng.pick(templates.reporters);
  if (rng.chance(0.75)) r.text = body(s);
  else r.html = `<html><body><h1>${escapeXml(s.title)}</h1>${paragraphsHtml(s)}</body></html>`;
  if (rng.chance(0.05)) r.text = rng.pick([null, 42, ["a", "b"], { nested: true }, ""]);
  if (rng.chance(0.05)) r.extra = { tags: [s.vars.a ?? "world"], score: rng.next() };
  return r;
}
