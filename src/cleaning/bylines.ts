// Bylines, timestamps, reporter e-mails and credit lines: dropped, with outlet, place, date and author read out.

import { derived } from "../knowledge/load.js";
import { isProperName } from "./credits.js";
import { findDate, hasTimeAndDate } from "./dates.js";
import { agencyName, lexicon, looksLikeOutlet } from "./lexicon.js";
import { wordCount, wordsOf } from "./text.js";

export interface BylineInfo {
  source?: string;
  place?: string;
  published?: string;
  author?: string;
}

const STAMP =
  /^(?:last\s+)?(?:updated|published|posted|created|modified|first published|released|date)\b\s*(?:on|at)?\s*:?/i;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const CREDIT =
  /^[-–—(]*\s*(?:with (?:additional )?(?:assistance|reporting|contributions?) (?:from|by)|(?:additional )?reporting by|writing by|editing by|edited by|compiled by|written by|contributed by|story by)\b/i;
// "Jane Doe reported from aboard the secretary's plane.", "Ken Ito contributed reporting."
const TRAVEL_CREDIT =
  /^[-–—(]*\s*(?:[\p{Lu}][\p{L}'’.-]*(?:\s+|,\s*|\s+and\s+)){0,8}(?:(?:is|was|were|are)\s+)?(?:reported|reporting|reports|travell?ing|travell?ed)\s+(?:from\s+)?(?:aboard|on board)\b|^[-–—(]*\s*(?:[\p{Lu}][\p{L}'’.-]*(?:\s+|,\s*|\s+and\s+)){1,8}(?:also\s+)?contributed\s+(?:reporting|to\s+(?:this|the)\s+(?:report|story|article))\b/u;
// "Today at 09:01 am Share", "Yesterday at 5:40 pm", "3 hours ago": a page's clock, relative to the reader's day.
const RELATIVE_STAMP =
  /^(?:(?:today|yesterday|just now|\d{1,2}\s+(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?)\s+ago)(?:\s*(?:at|,|·|\|)?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?))(?:\s*[|·•,-]?\s*(?:share|comments?|print|save|e-?mail|\d+))*$/i;
// A bare ISO timestamp: "2024-05-13T09:12:00Z", "2024-05-13 09:12:00+09:00".
const ISO_STAMP =
  /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT)?$/;
// "Source: Reuters", "Sources: Xinhua, Yonhap": who the story or its facts came from.
const SOURCE_CREDIT = /^(?:source|sources|courtesy)\s*:\s*(.{2,80})$/i;
const NAME_WORD = /^[\p{Lu}][\p{L}'’.-]*$/u;
const mostAgencyWords = derived(() =>
  Math.max(0, ...[...lexicon().agencies.keys()].map((k) => wordCount(k))),
);

/** "Jane Doe", "Aamer Madhani, Colleen Long and Didi Tang", "Kim Eun-jung": only names and particles. */
export function isNameList(s: string, maxWords = 14): boolean {
  const ws = wordsOf(s);
  if (ws.length === 0 || ws.length > maxWords || /\d/.test(s)) return false;
  if (!NAME_WORD.test(ws[0] ?? "")) return false;
  return ws.every((w) => NAME_WORD.test(w) || lexicon().nameParticles.has(w.toLowerCase()));
}

/** "By Jane Doe", "By A and B, CNN", "By Jane Doe | Reuters". */
function byLine(line: string): BylineInfo | null {
  const m = /^by[:\s]\s*(.+)$/i.exec(line);
  if (!m?.[1]) return null;
  const parts = m[1].split(/\s*(?:\||,\s*(?=[\p{Lu}][\p{L}]*\s*$))\s*/u);
  let source: string | undefined;
  const last = parts[parts.length - 1] ?? "";
  if (parts.length > 1 && (agencyName(last) || looksLikeOutlet(last))) {
    source = agencyName(last) ?? last;
    parts.pop();
  }
  const names = parts.join(", ").replace(EMAIL, "").trim();
  if (!isNameList(names.replace(/,/g, " "), 16)) return null;
  return { author: names, ...(source ? { source } : {}) };
}

/** "AFP | Hanoi | Updated: 04-03-2021 10:12 IST | Created: …": short fields between pipes, with a stamp. */
function pipeLine(line: string): BylineInfo | null {
  const parts = line.split(/\s*\|\s*/).filter((p) => p.length > 0);
  if (parts.length < 2 || parts.some((p) => wordCount(p) > 6)) return null;
  const stamps = parts.filter((p) => STAMP.test(p) || hasTimeAndDate(p) || findDate(p));
  if (stamps.length === 0) return null;
  const info: BylineInfo = {};
  const created = stamps.find((p) => /created|published|posted/i.test(p)) ?? stamps[0] ?? "";
  const date = findDate(created);
  if (date) info.published = date;
  const names = parts.filter((p) => !stamps.includes(p));
  const agency = names.map((p) => agencyName(p)).find((a) => a !== null);
  if (agency) info.source = agency;
  const place = names.find((p) => !agencyName(p) && isNameList(p, 3) && !looksLikeOutlet(p));
  if (place) info.place = place;
  return info;
}

/** Byline info when the whole line is a byline, timestamp, e-mail or credit; null when it is not. */
export function parseByline(line: string): BylineInfo | null {
  const words = wordCount(line);
  const by = /^by[:\s]/i.test(line) ? byLine(line) : null;
  if (by) return by;
  if (line.includes("|")) {
    const pipe = pipeLine(line);
    if (pipe) return pipe;
  }
  if (
    STAMP.test(line) &&
    words <= 16 &&
    (findDate(line) || hasTimeAndDate(line) || /\d{1,2}[:.]\d{2}/.test(line))
  ) {
    const d = findDate(line);
    return d ? { published: d } : {};
  }
  if (words <= 10 && hasTimeAndDate(line)) {
    const d = findDate(line);
    return d ? { published: d } : {};
  }
  // A bare date line: "July 7, 2022", "2022-07-07".
  if (words <= 5 && findDate(line) && !/[a-z]{4,}\s+[a-z]{4,}/.test(line))
    return { published: findDate(line) ?? "" };
  if (words <= 8 && line.includes("@") && EMAIL.test(line)) {
    const name = line
      .replace(EMAIL, "")
      .replace(/^by\s+/i, "")
      .trim();
    return name && isNameList(name, 5) ? { author: name } : {};
  }
  if (CREDIT.test(line) && words <= 40) return {};
  if (words <= 30 && (line.includes("board") || line.includes("contributed")) && TRAVEL_CREDIT.test(line))
    return {};
  if (words <= 10 && RELATIVE_STAMP.test(line)) return {};
  const iso = words <= 4 && line.includes(":") ? ISO_STAMP.exec(line) : null;
  if (iso?.[1]) return { published: findDate(iso[1]) ?? undefined };
  const source = words <= 12 ? sourceCredit(line) : null;
  if (source) return source;
  // "From CNN's Kevin Liptak"
  const from = /^from\s+([\p{Lu}][\p{L}]*)['’]s?\s+(.+)$/iu.exec(line);
  if (from?.[2] && isNameList(from[2], 5))
    return { author: from[2], source: agencyName(from[1] ?? "") ?? from[1] ?? "" };
  // A lone agency name ("ANI", "(Reuters)") closing or opening the story. Brackets, dots and spaces at the
  // ends hold no words, so a line with more words than any agency name is none (skips the regex).
  const lone = words <= mostAgencyWords() ? agencyName(line.replace(/^[(\s]+|[)\s.]+$/g, "")) : null;
  if (lone) return { source: lone };
  return null;
}

/** "Source: Reuters", "Sources: Xinhua, Yonhap", "Source: Ministry of Foreign Affairs": names only. */
function sourceCredit(line: string): BylineInfo | null {
  const m = SOURCE_CREDIT.exec(line);
  if (!m?.[1]) return null;
  const names = m[1].replace(/[.\s]+$/, "").split(/\s*(?:[,;/&]|\band\b)\s*/);
  if (!names.every((n) => n && (agencyName(n) || isProperName(n, 8)))) return null;
  const first = names[0] ?? "";
  const outlet = agencyName(first) ?? (looksLikeOutlet(first) ? first : null);
  return outlet ? { source: outlet } : {};
}
