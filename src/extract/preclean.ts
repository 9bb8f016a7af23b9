// Removes page furniture (menus, share bars, related links, comments, ads) before Readability scores
// the page, so that none of it can be picked as, or kept inside, the article.
import { type Boilerplate, boilerplate } from "./patterns.js";

interface El {
  nodeType: number;
  tagName: string;
  className: unknown;
  id: unknown;
  textContent: string | null;
  firstChild: El | null;
  nextSibling: El | null;
  getAttribute(name: string): string | null;
  remove(): void;
  getElementsByTagName(name: string): { length: number };
}

/** Containers never removed for their class or id alone: a theme class on them says nothing. */
const PROTECTED = new Set(["HTML", "BODY", "MAIN", "ARTICLE"]);
/** A furniture-looking element holding this many paragraphs is more likely the article itself. */
const MAX_PARAGRAPHS = 6;
const MAX_CHARS = 2000;
const WS = /\s+/;

function hasFurnitureName(el: El, bp: Boilerplate): boolean {
  const cls = typeof el.className === "string" ? el.className : "";
  const id = typeof el.id === "string" ? el.id : "";
  if (!cls && !id) return false;
  if (bp.keep.test(cls) || bp.keep.test(id)) return false;
  if (id && bp.furnitureToken.test(id)) return true;
  for (const token of cls.split(WS)) if (token && bp.furnitureToken.test(token)) return true;
  return false;
}

/** Many paragraphs or much text: more likely the article itself than a widget. */
function isLarge(el: El): boolean {
  return el.getElementsByTagName("p").length >= MAX_PARAGRAPHS || (el.textContent ?? "").length > MAX_CHARS;
}

/** A furniture-named wrapper around the article itself (Blogger's "widget Blog", theme wrappers). */
function holdsArticle(root: El, bp: Boilerplate): boolean {
  const walk = (node: El): boolean => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1) continue;
      if (c.tagName === "ARTICLE" || c.tagName === "H1") return true;
      if (c.getAttribute("itemprop") === "articleBody") return true;
      const cls = typeof c.className === "string" ? c.className : "";
      if (cls && bp.keep.test(cls)) return true;
      if (walk(c)) return true;
    }
    return false;
  };
  return walk(root);
}

function isFurniture(el: El, bp: Boilerplate): boolean {
  const tag = el.tagName;
  if (bp.removeTags.has(tag)) return true;
  const role = el.getAttribute("role");
  if (role && bp.removeRoles.has(role)) return true;
  if (bp.removeTagsIfSmall.has(tag)) return !isLarge(el);
  if (PROTECTED.has(tag)) return false;
  return hasFurnitureName(el, bp) && !holdsArticle(el, bp);
}

export function precleanDom(root: unknown): void {
  const bp = boilerplate();
  const walk = (node: El) => {
    let c = node.firstChild;
    while (c) {
      const next = c.nextSibling;
      if (c.nodeType === 1) {
        if (isFurniture(c, bp)) c.remove();
        else walk(c);
      }
      c = next;
    }
  };
  walk(root as El);
}
