// Invented diplomatic stories between real countries, from the vocabulary in data/bench/.
// Deterministic: everything random comes from the seeded generator passed in.
import { readFileSync } from "node:fs";

const dataDir = new URL("../../data/bench/", import.meta.url);
const load = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, dataDir), "utf8")) as T;

interface Country {
  name: string;
  short: string;
  demonym: string;
  capital: string;
  region: string;
  agency: string;
}
interface NamePool {
  family: string[];
  given?: { m: string[]; f: string[] };
  syllables?: string[];
}
interface World {
  countries: Country[];
  names: Record<string, NamePool>;
  roles: { title: string; office: string; weight: number }[];
}
export interface Templates {
  events: Record<string, { headlines: string[]; ledes: string[] }>;
  paragraphs: string[];
  quotes: string[];
  topics: string[];
  actions: string[];
  issues: string[];
  agreements: string[];
  subheadings: string[];
  relatedHeadlines: string[];
  captions: string[];
  markers: string[];
  readAlso: string[];
  reporters: string[];
  sites: { name: string; domain: string }[];
  sections: string[];
  agencies: string[];
}

export const world = load<World>("world.json");
export const templates = load<Templates>("templates.json");

/** mulberry32: small, fast, good enough for test data, and identical on every platform. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** A shuffled copy (Fisher–Yates). */
  shuffled<T>(items: readonly T[]): T[] {
    const a = items.slice();
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [a[i], a[j]] = [a[j] as T, a[i] as T];
    }
    return a;
  }
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const monthName = (m: number): string => MONTHS[m] as string;

export interface Story {
  title: string;
  /** YYYY-MM-DD */
  published: string;
  date: Date;
  source: string;
  /** Where it happened, as a dateline would write it. */
  place: string;
  lede: string;
  paragraphs: string[];
  vars: Record<string, string>;
}

function personName(rng: Rng, region: string, female: boolean): [full: string, surname: string] {
  const pool = world.names[region] ?? (world.names.western as NamePool);
  const family = rng.pick(pool.family);
  let given: string;
  if (pool.syllables) {
    // Korean given names: two syllables joined by a hyphen, as Yonhap writes them (Tae-yul).
    const first = rng.pick(pool.syllables);
    given = `${first.charAt(0).toUpperCase()}${first.slice(1)}-${rng.pick(pool.syllables)}`;
  } else {
    given = rng.pick(female ? (pool.given?.f ?? []) : (pool.given?.m ?? []));
  }
  const eastern = region === "korean" || region === "chinese" || region === "vietnamese";
  return [eastern ? `${family} ${given}` : `${given} ${family}`, family];
}

function weightedRole(rng: Rng): World["roles"][number] {
  const total = world.roles.reduce((sum, r) => sum + r.weight, 0);
  let x = rng.next() * total;
  for (const r of world.roles) {
    x -= r.weight;
    if (x < 0) return r;
  }
  return world.roles[0] as World["roles"][number];
}

function addActor(
  vars: Record<string, string>,
  rng: Rng,
  p: string,
  c: Country,
  role: World["roles"][number],
): void {
  const female = rng.chance(0.35);
  const [full, surname] = personName(rng, c.region, female);
  vars[p] = c.name;
  vars[`${p}!`] = c.name.charAt(0).toUpperCase() + c.name.slice(1);
  vars[`${p}short`] = c.short;
  vars[`${p}d`] = c.demonym;
  vars[`${p}cap`] = c.capital;
  vars[`${p}n`] = full;
  vars[`${p}s`] = surname;
  vars[`${p}r`] = role.title;
  vars[`${p}rl`] = role.title.toLowerCase();
  vars[`${p}of`] = role.office;
  vars[`${p}he`] = female ? "she" : "he";
  vars[`${p}He`] = female ? "She" : "He";
  vars[`${p}his`] = female ? "her" : "his";
}

/** Fills {key} placeholders; a few keys draw a fresh value at every use (quotes, numbers). */
export function fill(
  template: string,
  story: { vars: Record<string, string> },
  rng: Rng,
  quotes: string[],
): string {
  return template.replace(/\{([^{}]+)\}/g, (_m, key: string) => {
    const fixed = story.vars[key];
    if (fixed !== undefined) return fixed;
    switch (key) {
      case "q1":
      case "q2":
        return quotes.pop() ?? rng.pick(templates.quotes);
      case "q1,":
      case "q2,":
        return (quotes.pop() ?? rng.pick(templates.quotes)).replace(/\.$/, ",");
      case "n":
        return String(rng.int(2, 9));
      case "pct":
        return `${rng.int(1, 30)}.${rng.int(0, 9)}`;
      case "money":
        return `$${rng.int(1, 40)}.${rng.int(1, 9)} billion`;
      case "year":
        return String(rng.int(1992, Number(story.vars.pubYear) - 1));
      case "Cn":
        return personName(rng, story.vars.region ?? "western", rng.chance(0.4))[0];
      default:
        return `{${key}}`;
    }
  });
}

const eventTypes = Object.keys(templates.events);

export function makeStory(rng: Rng, bodyTarget: number): Story {
  const a = rng.pick(world.countries);
  let b = rng.pick(world.countries);
  while (b === a) b = rng.pick(world.countries);
  const roleA = weightedRole(rng);
  const roleB = rng.chance(0.7) ? roleA : weightedRole(rng);
  const date = new Date(Date.UTC(2015, 0, 1) + rng.int(0, 3650) * 86400000);
  const eventDay = new Date(date.getTime() - rng.int(0, 1) * 86400000);
  const eventType = rng.pick(eventTypes);
  const event = templates.events[eventType] as { headlines: string[]; ledes: string[] };
  const place =
    eventType === "visit" || rng.chance(0.4)
      ? b.capital
      : rng.chance(0.6)
        ? a.capital
        : rng.pick(world.countries).capital;
  const vars: Record<string, string> = {
    place,
    day: DAYS[eventDay.getUTCDay()] as string,
    md: `${monthName(date.getUTCMonth())} ${date.getUTCDate()}`,
    pubYear: String(date.getUTCFullYear()),
    region: a.region,
    topic: rng.pick(templates.topics),
    topic2: rng.pick(templates.topics),
    action: rng.pick(templates.actions),
    issue: rng.pick(templates.issues),
    agreement: rng.pick(templates.agreements),
  };
  addActor(vars, rng, "A", a, roleA);
  addActor(vars, rng, "B", b, roleB);
  const story = { vars };
  const quotes = rng.shuffled(templates.quotes);
  const title = fill(rng.pick(event.headlines), story, rng, quotes);
  const lede = fill(rng.pick(event.ledes), story, rng, quotes);
  const paragraphs = [lede];
  let length = lede.length;
  for (const p of rng.shuffled(templates.paragraphs)) {
    if (length >= bodyTarget) break;
    const text = fill(p, story, rng, quotes);
    paragraphs.push(text);
    length += text.length + 1;
  }
  return {
    title: title.charAt(0).toUpperCase() + title.slice(1),
    published: date.toISOString().slice(0, 10),
    date,
    source: rng.chance(0.5) ? a.agency : rng.pick(templates.agencies),
    place,
    lede,
    paragraphs,
    vars,
  };
}
