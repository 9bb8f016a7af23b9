// Bylines, timestamps, reporter e-mails and credit lines: dropped, with outlet, place, date and author read out.
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
const NAME_WORD = /^[\p{Lu}][\p{L}'’.-]*$/u;
const MOST_AGENCY_WORDS = Math.max(0, ...[...lexicon.agencies.keys()].map((k) => wordCount(k)));

/** "Jane Doe", "Aamer Madhani, Colleen Long and Didi Tang", "Kim Eun-jung": only names and particles. */
export function isNameList(s: string, maxWords = 14): boolean {
  const ws = wordsOf(s);
  if (ws.length === 0 || ws.length > maxWords || /\d/.test(s)) return false;
  if (!NAME_WORD.test(ws[0] ?? "")) return false;
  return ws.every((w) => NAME_WORD.test(w) || lexicon.nameParticles.has(w.toLowerCase()));
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
  // "From CNN's Kevin Liptak"
  const from = /^from\s+([\p{Lu}][\p{L}]*)['’]s?\s+(.+)$/iu.exec(line);
  if (from?.[2] && isNameList(from[2], 5))
    return { author: from[2], source: agencyName(from[1] ?? "") ?? from[1] ?? "" };
  // A lone agency name ("ANI", "(Reuters)") closing or opening the story. Brackets, dots and spaces at the
  // ends hold no words, so a line with more words than any agency name is none (skips the regex).
  const lone = words <= MOST_AGENCY_WORDS ? agencyName(line.replace(/^[(\s]+|[)\s.]+$/g, "")) : null;
  if (lone) return { source: lone };
  return null;
}
