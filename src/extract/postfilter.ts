// Line-level clean-up of the extracted article: page furniture that sat inside the article's container.
import { boilerplate } from "./patterns.js";
import type { Line } from "./render.js";

/** Trailing furniture starts no earlier than this share of the text: earlier, the marker is more likely content. */
const END_AFTER = 0.4;
/** A line is "mostly links" above this share of link characters. */
const LINKY = 0.5;

export function postfilter(lines: Line[]): Line[] {
  const bp = boilerplate();
  const kept = lines.filter(
    (l) => !bp.lines.test(l.text) && !(l.linkShare >= LINKY && bp.linkLines.test(l.text)),
  );
  const total = kept.reduce((n, l) => n + l.text.length, 0);
  let seen = 0;
  for (let i = 0; i < kept.length; i++) {
    const l = kept[i] as Line;
    if (seen >= total * END_AFTER && l.text.length < 60 && bp.end.test(l.text)) return kept.slice(0, i);
    seen += l.text.length;
  }
  return kept;
}
