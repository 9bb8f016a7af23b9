// Small helpers over fast-xml-parser's output for feed items.
export type XmlNode = { [key: string]: unknown };

/** A child element when it is an element (not text), else undefined. */
export function child(node: unknown, key: string): XmlNode | undefined {
  if (typeof node !== "object" || node === null) return undefined;
  const value = (node as XmlNode)[key];
  return typeof value === "object" && value !== null ? (value as XmlNode) : undefined;
}

/** Text of an element: a plain value, its "#text", or the first of several. */
export function textOf(node: unknown): string | null {
  if (Array.isArray(node)) return textOf(node[0]);
  if (typeof node === "string") return node.trim() || null;
  if (typeof node === "number" || typeof node === "boolean") return String(node);
  if (node && typeof node === "object") return textOf((node as XmlNode)["#text"]);
  return null;
}

/** RSS <link>text</link>, or Atom <link rel="alternate" href="…"/> (the first link without rel counts too). */
export function linkOf(item: XmlNode): string | null {
  const links: unknown[] = Array.isArray(item.link) ? item.link : item.link ? [item.link] : [];
  for (const link of links) if (typeof link === "string" && link.trim()) return link.trim();
  const withHref = links.filter((l): l is XmlNode => typeof l === "object" && l !== null && "@_href" in l);
  const best = withHref.find((l) => (l["@_rel"] ?? "alternate") === "alternate") ?? withHref[0];
  return best ? String(best["@_href"]) : null;
}

/** "jane@example.com (Jane Doe)" → "Jane Doe"; Atom <author><name>. */
export function personOf(node: unknown): string | null {
  const first = Array.isArray(node) ? node[0] : node;
  const text = textOf((first as XmlNode | undefined)?.name) ?? textOf(first);
  if (!text) return null;
  return /\(([^)]+)\)\s*$/.exec(text)?.[1]?.trim() ?? text;
}

/** The item's content, richest first: content:encoded, content, description, summary. */
export function contentOf(item: XmlNode): { type: "text" | "html"; value: string } | null {
  for (const key of ["content:encoded", "content", "description", "summary"]) {
    const node = item[key];
    const element = typeof node === "object" && node !== null ? (node as XmlNode) : null;
    const inner = element ? element["#text"] : node;
    if (typeof inner !== "string" || inner.trim() === "") continue;
    const declared = String(element?.["@_type"] ?? "");
    // XHTML content is markup already; everything else is escaped text or CDATA.
    const value = declared === "xhtml" ? inner.trim() : unescapeXml(inner).trim();
    if (value === "") continue;
    const html = declared === "html" || declared === "xhtml" || /<[a-z][^>]*>/i.test(value);
    return { type: html && declared !== "text" ? "html" : "text", value };
  }
  return null;
}

/** CDATA sections verbatim, the rest with XML entities decoded. */
export function unescapeXml(s: string): string {
  return s
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith("<![CDATA[") ? part.slice(9, -3) : decodeEntities(part)))
    .join("");
}

const named: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, e: string) => {
    if (e[0] !== "#") return named[e.toLowerCase()] ?? whole;
    const code = e[1] === "x" || e[1] === "X" ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Each <item>…</item> (or <entry>) exactly as it is in the file, in order. */
export function itemXml(text: string, tag: "item" | "entry"): string[] {
  return text.match(new RegExp(`<${tag}(?=[\\s>/])[\\s\\S]*?</${tag}\\s*>`, "g")) ?? [];
}
