// Bounds how deep a page's elements nest, since the tools that read it are not linear in depth:
// the HTML parser keeps its open elements at the front of an array (each start tag moves them all:
// 100,000 nested tags took 60 s), and Readability scores each wrapper against all its descendants
// (800 nested divs took 46 s). Real pages nest a few dozen deep.

/** Start tags opened deeper than this are dropped from the HTML before parsing (their text stays). */
const MAX_TAG_DEPTH = 400;
/** Elements deeper than this that wrap other elements are unwrapped in the DOM before Readability. */
export const MAX_DEPTH = 60;

const TAG = /<(\/?)([a-zA-Z][^\s/>]*)[^>]*>/g;
/** No end tag, or closed by the next one of their kind: they do not deepen the page. */
const FLAT = new Set(
  "area base br col embed hr img input link meta param source track wbr p li dt dd option tr td th".split(
    " ",
  ),
);

/**
 * One pass over the tags, keeping the open ones as the parser would (an end tag closes up to its
 * start tag; stray end tags are ignored): drops start tags beyond MAX_TAG_DEPTH, and tells the
 * deepest nesting seen, so the DOM pass below runs only on pages that need it.
 */
export function limitTagDepth(html: string): { html: string; depth: number } {
  const stack: string[] = [];
  const open = new Map<string, number>();
  const drop: [number, number][] = [];
  let deepest = 0;
  for (const m of html.matchAll(TAG)) {
    const name = (m[2] as string).toLowerCase();
    if (FLAT.has(name)) continue;
    if (m[1]) {
      if (!open.get(name)) continue;
      for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
        open.set(top, (open.get(top) ?? 1) - 1);
        if (top === name) break;
      }
    } else if (stack.length >= MAX_TAG_DEPTH) {
      drop.push([m.index, m.index + m[0].length]);
    } else {
      stack.push(name);
      open.set(name, (open.get(name) ?? 0) + 1);
      deepest = Math.max(deepest, stack.length);
    }
  }
  if (!drop.length) return { html, depth: deepest };
  const parts: string[] = [];
  let from = 0;
  for (const [start, end] of drop) {
    parts.push(html.slice(from, start));
    from = end;
  }
  parts.push(html.slice(from));
  return { html: parts.join(""), depth: deepest };
}

interface El {
  parentNode: unknown;
  firstElementChild: unknown;
  childNodes: ArrayLike<unknown>;
  replaceWith(...nodes: never[]): void;
}

/** Unwraps elements below MAX_DEPTH (counted from `root`) that hold elements; leaves (a <p> of text) stay. */
export function limitDepth(root: { querySelectorAll(selector: string): ArrayLike<unknown> }): void {
  const depth = new Map<unknown, number>([[root, 0]]);
  // A static list in document order: a parent is always seen before its children.
  const all = root.querySelectorAll("*");
  for (let i = 0; i < all.length; i++) {
    const el = all[i] as El;
    const parent = el.parentNode;
    const d = (parent ? (depth.get(parent) ?? 0) : 0) + 1;
    if (d > MAX_DEPTH && parent && el.firstElementChild)
      el.replaceWith(...(Array.from(el.childNodes) as never[]));
    else depth.set(el, d);
  }
}
