// RSS 2.0, RSS 1.0 (RDF) and Atom feeds of a few stories, content escaped, in CDATA or as XHTML.
import { templates } from "../bench/corpus-story.js";
import { body, dateOf, escapeXml, paragraphsHtml, type Rng, type Story, url } from "./records.js";

function content(rng: Rng, s: Story): string {
  switch (rng.int(0, 3)) {
    case 0:
      return `<![CDATA[${paragraphsHtml(s)}]]>`;
    case 1:
      return escapeXml(paragraphsHtml(s));
    case 2:
      return escapeXml(body(s));
    default:
      return "";
  }
}

export function rss(rng: Rng, stories: Story[]): string {
  const items = stories.map((s) => {
    const parts = [`<title>${escapeXml(s.title)}</title>`, `<link>${url(rng, s)}</link>`];
    if (rng.chance(0.8)) parts.push(`<pubDate>${dateOf(rng, s)}</pubDate>`);
    if (rng.chance(0.5)) parts.push(`<dc:creator>${escapeXml(rng.pick(templates.reporters))}</dc:creator>`);
    parts.push(`<description>${content(rng, s)}</description>`);
    if (rng.chance(0.5)) parts.push(`<content:encoded>${content(rng, s)}</content:encoded>`);
    if (rng.chance(0.3)) parts.push(`<guid isPermaLink="false">${rng.int(1, 1e9)}</guid>`);
    return `<item>${parts.join("")}</item>`;
  });
  const rdf = rng.chance(0.15);
  const head = `<title>${escapeXml(stories[0]?.source ?? "News")}</title><link>https://example.org/</link>`;
  if (rdf)
    return `<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>${head}</channel>${items.join("\n")}</rdf:RDF>\n`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>${head}\n${items.join("\n")}</channel></rss>\n`;
}

export function atom(rng: Rng, stories: Story[]): string {
  const entries = stories.map((s) => {
    const xhtml = rng.chance(0.3);
    const text = xhtml
      ? `<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${paragraphsHtml(s)}</div></content>`
      : `<content type="html">${content(rng, s)}</content>`;
    const author = rng.chance(0.6)
      ? `<author><name>${escapeXml(rng.pick(templates.reporters))}</name></author>`
      : "";
    return `<entry><title>${escapeXml(s.title)}</title><link href="${url(rng, s)}"/><id>urn:uuid:${rng.int(1, 1e9)}</id><updated>${dateOf(rng, s)}</updated>${author}${rng.chance(0.4) ? `<summary>${escapeXml(s.lede)}</summary>` : ""}${text}</entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>${escapeXml(stories[0]?.source ?? "News")}</title>\n${entries.join("\n")}</feed>\n`;
}
