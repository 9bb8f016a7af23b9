// Page metadata from <meta> tags, JSON-LD, <link rel=canonical>, <time> and <title>.
import { derived, table } from "../knowledge/load.js";
import type { Metadata } from "../model/document.js";
import { decodeEntities } from "./entities.js";
import type { JsonLdArticle } from "./jsonld.js";

interface Doc {
  getElementsByTagName(
    name: string,
  ): ArrayLike<{ getAttribute(n: string): string | null; textContent: string | null }>;
}

const SPACE = /\s+/g;

const platforms = derived(
  () => new Set(table("extract/metadata.json").platformNames.map((n) => n.toLowerCase())),
);

/** An outlet's name: not a blogging platform's, not a bare URL. */
const outletName = (s: string | null | undefined): string | null => {
  const v = clean(s);
  return v && !platforms().has(v.toLowerCase()) && !/^(https?:\/\/|www\.)/i.test(v) ? v : null;
};
const clean = (s: string | null | undefined): string | null => {
  const v = s ? decodeEntities(s).replace(SPACE, " ").trim() : "";
  return v || null;
};

/** <meta> values keyed by lower-cased property / name / itemprop; the first one wins. */
function metaTags(doc: Doc): Map<string, string> {
  const out = new Map<string, string>();
  const metas = doc.getElementsByTagName("meta");
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i];
    if (!m) continue;
    const content = m.getAttribute("content");
    if (!content) continue;
    for (const attr of ["property", "name", "itemprop"]) {
      const key = m.getAttribute(attr)?.toLowerCase().trim();
      if (key && !out.has(key)) out.set(key, content);
    }
  }
  return out;
}

const first = (meta: Map<string, string>, keys: string[]): string | null => {
  for (const k of keys) {
    const v = clean(meta.get(k));
    if (v) return v;
  }
  return null;
};

const MONTH_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;

/** A date as written by the page → YYYY-MM-DD, keeping the page's own calendar day (no time-zone shift). */
export function toIsoDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const v = s.trim();
  const m = MONTH_FIRST.exec(v) ?? /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(v);
  let y: number;
  let mo: number;
  let d: number;
  if (m) {
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else {
    // Free-form ("November 19, 2019"): parsed as local time, so local getters give the written day.
    const t = new Date(v);
    if (Number.isNaN(t.getTime())) return null;
    [y, mo, d] = [t.getFullYear(), t.getMonth() + 1, t.getDate()];
  }
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

const TITLE_SEPARATOR = /\s+[|–—·•:»]\s+|\s+-\s+/;

/** "Headline | Site" → "Headline": drops the site's name, or a short last segment after a separator. */
export function stripSiteSuffix(title: string, site: string | null): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const last = (parts[parts.length - 1] ?? "").trim();
  const rest = title.slice(0, title.lastIndexOf(last)).replace(/[\s|–—·•:»-]+$/, "");
  const isSite = site && last.toLowerCase().replace(/\W/g, "") === site.toLowerCase().replace(/\W/g, "");
  if (isSite || (last.split(" ").length <= 4 && rest.length >= 15)) return stripSiteSuffix(rest, site);
  return title;
}

function resolveUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return /^https?:\/\//.test(href) ? href : null;
  }
}

/** "By Jane Doe and John Roe, Reuters" → "Jane Doe and John Roe, Reuters"; URLs and over-long bylines → null. */
export function cleanAuthor(s: string | null | undefined): string | null {
  const v = clean(s)?.replace(/^by\s+/i, "") ?? null;
  return v && !/^https?:/.test(v) && v.length <= 120 ? v : null;
}

/** `doc` is the parsed page; <title> and <link> are looked up in its <head> when it has one (faster). */
export function readMetadata(
  doc: Doc & { head?: Doc | null },
  ld: JsonLdArticle | null,
  url: string | null,
): Partial<Metadata> {
  const head: Doc = doc.head ?? doc;
  // Whole page: <meta itemprop="datePublished"> often sits in the body.
  const meta = metaTags(doc);
  const site = outletName(first(meta, ["og:site_name", "application-name"])) ?? outletName(ld?.publisher);
  const publisher = outletName(ld?.publisher) ?? site;

  let title = first(meta, ["og:title", "twitter:title"]) ?? clean(ld?.headline);
  const titleTag = head.getElementsByTagName("title")[0]?.textContent;
  if (!title) title = clean(titleTag);
  if (title) title = stripSiteSuffix(title, site);

  const published =
    toIsoDate(meta.get("article:published_time")) ??
    toIsoDate(ld?.datePublished) ??
    toIsoDate(
      first(meta, [
        "datepublished",
        "date",
        "pubdate",
        "publishdate",
        "publish-date",
        "dc.date",
        "dc.date.issued",
        "dcterms.created",
        "sailthru.date",
        "parsely-pub-date",
        "og:published_time",
      ]),
    ) ??
    // Last resort, and the only look-up that walks the whole body.
    toIsoDate(doc.getElementsByTagName("time")[0]?.getAttribute("datetime"));

  const author =
    cleanAuthor(first(meta, ["author", "article:author", "parsely-author", "dc.creator", "byl"])) ??
    cleanAuthor(ld?.author);

  const links = head.getElementsByTagName("link");
  let canonical: string | null = null;
  for (let i = 0; i < links.length && !canonical; i++) {
    const l = links[i];
    if (l?.getAttribute("rel")?.toLowerCase() === "canonical") canonical = l.getAttribute("href");
  }
  const pageUrl = resolveUrl(canonical, url) ?? resolveUrl(meta.get("og:url") ?? null, url) ?? url;

  const out: Partial<Metadata> = {};
  if (title) out.title = title;
  if (published) out.published = published;
  if (author) out.author = author;
  if (site) out.site = site;
  if (publisher) out.source = publisher;
  if (pageUrl) out.url = pageUrl;
  return out;
}
