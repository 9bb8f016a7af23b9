// JSON-LD blocks of a page (schema.org NewsArticle & co.), read from the raw HTML before it is parsed.

export interface JsonLdArticle {
  headline?: string;
  articleBody?: string;
  datePublished?: string;
  author?: string;
  publisher?: string;
  url?: string;
}

const BLOCK = /<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;
/** schema.org types that describe the page's article (or the page itself, for dates). */
const ARTICLE_TYPE = /Article|BlogPosting|Report|SocialMediaPosting|WebPage/;

type Obj = Record<string, unknown>;

const str = (v: unknown): string | undefined => {
  if (typeof v === "string") return v.trim() || undefined;
  if (Array.isArray(v)) return str(v[0]);
  return undefined;
};

/** Name(s) of a Person/Organization value: "X", {name: "X"}, or a list of them. */
function names(v: unknown): string | undefined {
  const list = (Array.isArray(v) ? v : [v])
    .map((x) => (typeof x === "string" ? x : x && typeof x === "object" ? str((x as Obj).name) : undefined))
    .filter((x): x is string => !!x && !/^https?:/.test(x));
  return list.length ? [...new Set(list)].join(", ") : undefined;
}

function* objects(v: unknown): Generator<Obj> {
  if (Array.isArray(v)) for (const x of v) yield* objects(x);
  else if (v && typeof v === "object") {
    const o = v as Obj;
    yield o;
    if (o["@graph"]) yield* objects(o["@graph"]);
  }
}

const typeOf = (o: Obj): string => {
  const t = o["@type"];
  return Array.isArray(t) ? t.join(" ") : typeof t === "string" ? t : "";
};

/** The most article-like JSON-LD object of the page, merged with dates/publisher from page-level ones. */
export function readJsonLd(html: string): JsonLdArticle | null {
  const found: Obj[] = [];
  for (const m of html.matchAll(BLOCK)) {
    try {
      // Some sites leave raw control characters or HTML comments around the JSON.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: raw control characters are what break JSON.parse here.
      const src = (m[1] ?? "").replace(/^\s*<!--|-->\s*$/g, "").replace(/[\u0000-\u001f]+/g, " ");
      for (const o of objects(JSON.parse(src))) if (ARTICLE_TYPE.test(typeOf(o))) found.push(o);
    } catch {
      // Broken JSON-LD is common; the meta tags still count.
    }
  }
  if (!found.length) return null;
  // Prefer real articles over WebPage entries; the first article wins.
  found.sort((a, b) => Number(/WebPage/.test(typeOf(a))) - Number(/WebPage/.test(typeOf(b))));
  const pick = <T>(f: (o: Obj) => T | undefined): T | undefined => {
    for (const o of found) {
      const v = f(o);
      if (v) return v;
    }
    return undefined;
  };
  return {
    headline: pick((o) => str(o.headline) ?? (/WebPage/.test(typeOf(o)) ? undefined : str(o.name))),
    articleBody: pick((o) => str(o.articleBody) ?? str(o.text)),
    datePublished: pick((o) => str(o.datePublished) ?? str(o.dateCreated)),
    author: pick((o) => names(o.author) ?? names(o.creator)),
    publisher: pick((o) => names(o.publisher)),
    url: pick((o) => str(o.url) ?? str(o.mainEntityOfPage)),
  };
}
