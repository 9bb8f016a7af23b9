// A story as a crawler would hand it over: the article body with the noise of real scrapes
// (see ../shared/docs/noise-in-scraped-news.md): crawler prefix, bylines, datelines, ad markers,
// related headlines, captions, repeated title, teaser or whole body, mojibake.
import { fill, monthName, type Rng, type Story, templates } from "./corpus-story.js";

// What UTF-8 curly quotes and dashes look like when read as windows-1252.
const MOJIBAKE: Record<string, string> = {
  "’": "â€™",
  "‘": "â€˜",
  "“": "â€œ",
  "”": "â€\u009d",
  "—": "â€”",
  "–": "â€“",
};

const pad = (n: number): string => String(n).padStart(2, "0");

function byline(rng: Rng, story: Story): string {
  const d = story.date;
  const stamp = `${pad(d.getUTCDate())}-${pad(d.getUTCMonth() + 1)}-${d.getUTCFullYear()}`;
  const hour = rng.int(6, 22);
  switch (rng.int(0, 2)) {
    case 0:
      return `${story.source} | ${story.place} | Updated: ${stamp} ${pad(hour)}:${pad(rng.int(0, 59))} IST | Created: ${stamp} ${pad(hour - 1)}:${pad(rng.int(0, 59))} IST`;
    case 1:
      return `By ${rng.pick(templates.reporters)}`;
    default:
      return `${rng.pick(templates.reporters)}, ${story.source}`;
  }
}

export function dateline(rng: Rng, story: Story): string {
  const place = story.place.toUpperCase();
  const md = `${monthName(story.date.getUTCMonth())} ${story.date.getUTCDate()}`;
  switch (rng.int(0, 2)) {
    case 0:
      return `${place}, ${md} (${story.source}) -- `;
    case 1:
      return `${place} (${story.source}) - `;
    default:
      return `${place}: `;
  }
}

/** Noise lines dropped between paragraphs, each with a small chance. */
function between(rng: Rng, story: Story, out: string[]): void {
  if (rng.chance(0.06)) out.push(rng.pick(templates.markers));
  if (rng.chance(0.05)) {
    const headline = rng.pick(templates.relatedHeadlines);
    out.push(headline);
    if (rng.chance(0.3)) out.push(headline);
  }
  if (rng.chance(0.03))
    out.push(rng.pick(templates.readAlso).replace("{h}", rng.pick(templates.relatedHeadlines)));
  if (rng.chance(0.03)) out.push(fill(rng.pick(templates.captions), story, rng, []));
}

export function renderText(rng: Rng, story: Story, repeatBody: boolean): string {
  const curly = rng.chance(0.35);
  const mojibake = rng.chance(0.04);
  const lines: string[] = [];
  const titleFirst = rng.chance(0.5);
  if (titleFirst) lines.push(story.title);
  if (rng.chance(0.3)) lines.push(byline(rng, story));
  if (titleFirst && rng.chance(0.25)) lines.push(story.title);
  if (rng.chance(0.2)) lines.push(fill(rng.pick(templates.captions), story, rng, []));
  const body: string[] = [];
  const withDateline = rng.chance(0.6);
  story.paragraphs.forEach((p, i) => {
    body.push(i === 0 && withDateline ? dateline(rng, story) + p : p);
    if (i === 3 && rng.chance(0.12)) body.push(story.lede); // the teaser printed again
    if (i > 0 && i % 4 === 0 && rng.chance(0.15)) body.push(rng.pick(templates.subheadings));
    between(rng, story, body);
  });
  lines.push(...body);
  if (repeatBody) lines.push(...body.slice(1));
  if (rng.chance(0.2)) lines.push(rng.pick(["Source link", "Read More", "(END)", "Share this:"]));
  if (rng.chance(0.5)) lines[0] = ` date ${story.published} ${lines[0]}`;
  let text = lines.join(rng.chance(0.6) ? "\n" : "\n\n");
  if (curly || mojibake) text = text.replace(/<<|>>|'/g, (m) => (m === "<<" ? "“" : m === ">>" ? "”" : "’"));
  else text = text.replace(/<<|>>/g, '"');
  if (mojibake) text = text.replace(/[’‘“”—–]/g, (ch) => MOJIBAKE[ch] ?? ch);
  return text;
}
