#!/usr/bin/env node
// dyad: the command line. Each command is a thin wrapper over one module (see commands.ts).
import { createRequire } from "node:module";
import { Command, CommanderError } from "commander";
import { exportFormats } from "../export/write-export.js";
import { checkKnowledge } from "../knowledge/check.js";
import { requireStore } from "../store/database.js";
import {
  actorsCommand,
  demoCommand,
  exportCommand,
  ingestCommand,
  searchCommand,
  showCommand,
} from "./commands.js";
import { eventsCommand, explainCommand, quotesCommand } from "./event-commands.js";
import {
  calendarDate,
  cameoPrefix,
  checkDateRange,
  countryCode,
  dyadPair,
  oneOf,
  positiveInt,
  wholeNumber,
} from "./options.js";
import { storiesCommand, timelineCommand } from "./story-commands.js";
import { err, printable } from "./terminal.js";

// From package.json, found relative to this file: right in the clone and wherever npm installed it.
const { version } = createRequire(import.meta.url)("../../package.json") as { version: string };

const program = new Command()
  .name("dyad")
  .description("Turn raw news into structured data about relations between countries.")
  .version(version)
  // Commander's own errors quote the arguments ("unknown command '…'"): shown escaped like ours.
  .configureOutput({ writeErr: (text) => process.stderr.write(printable(text)) })
  // Its usage errors (a bad option value, an unknown command) end like ours, with exit code 2.
  .exitOverride()
  // $DYAD_KNOWLEDGE is checked before any command; commands that process documents check its files too.
  .hook("preAction", (_, command) => checkKnowledge(["ingest", "demo"].includes(command.name())));

const dbOption = ["--db <file>", "SQLite database file", "./dyad.db"] as const;
const limitOption = (what: string, n: number) => ["--limit <n>", `maximum ${what}`, positiveInt, n] as const;
const sinceOption = ["--since <date>", "from this date (YYYY-MM-DD, YYYY-MM or YYYY)", calendarDate] as const;
const untilOption = ["--until <date>", "up to this date, inclusive", calendarDate] as const;
const actorOption = [
  "--actor <name>",
  "a person or organisation on either side: full name, surname or alias",
] as const;

// Commands that make or fill a store; every other one reads, and a missing store is an error for it.
const WRITERS = new Set(["ingest", "demo"]);
program.hook("preAction", (_program, command) => {
  const opts = command.opts();
  if (!WRITERS.has(command.name())) requireStore(opts.db);
  checkDateRange(opts);
});

program
  .command("ingest")
  .description("read files, directories, JSONL, feeds, WARC (or - for stdin), clean and store them")
  .argument("<paths...>")
  .option(...dbOption)
  .option("--json", "print the summary as JSON")
  .option(
    "--workers <n>",
    "processing threads (default: one per core; 0: one, as the watchdog needs it)",
    wholeNumber,
  )
  .option("--timeout <seconds>", "abandon a document that stays longer in one stage (default: 30)")
  .option(
    "--domestic",
    "also code events inside one country (protesters and their government); applies to the documents this run processes",
  )
  .option(
    "--one-sided",
    "also code acts with a doer and no counterpart (protests, resignations), as PLOVER does",
  )
  .option("--published <date>", "publication date (YYYY-MM-DD) for inputs that carry none")
  .action(async (paths: string[], opts) => {
    await ingestCommand(paths, opts);
  });

program
  .command("show")
  .description("print a document: metadata, clean text, removed lines and why")
  .argument("<id>")
  .option(...dbOption)
  .option("--json", "print everything as JSON, with sentences and tokens")
  .option("--raw", "print the raw input exactly as read")
  .action((id: string, opts) => showCommand(id, opts));

program
  .command("export")
  .description(
    "documents as JSONL (the export contract) or CSV; merged events as GDELT 2.0 TSV; the actor network as GraphML",
  )
  .option(...dbOption)
  .option("--format <format>", "jsonl, csv, gdelt or graphml", oneOf(exportFormats), "jsonl")
  .option(
    "--dyad <A-B>",
    "only events between two countries (jsonl, csv: documents holding such an event, whole)",
    dyadPair,
  )
  .option("--directed", "with --dyad: only events from A to B")
  .option(...actorOption)
  .option(...sinceOption)
  .option(...untilOption)
  .option("--out <file>", "output file (default: stdout)")
  .action(async (opts) => {
    await exportCommand(opts);
  });

program
  .command("search")
  .description('full-text search over clean text (FTS5 syntax: "exact phrase", OR, NEAR, prefix*)')
  .argument("<query>")
  .option(...dbOption)
  .option(...limitOption("hits", 20))
  .option("--json", "print hits as JSON")
  .action((query: string, opts) => searchCommand(query, opts));

program
  .command("actors")
  .description("people, countries and organisations learned from the corpus, with roles and dates")
  .option(...dbOption)
  .option("--country <iso3>", "only actors acting for this country (e.g. KOR)", countryCode)
  .option("--kind <kind>", "person, country or organisation", oneOf(["person", "country", "organisation"]))
  .option("--name <name>", "full name, surname or alias (case and accents aside)")
  .option(...limitOption("rows", 100))
  .option("--json", "print as JSON")
  .action((opts) => actorsCommand(opts));

program
  .command("events")
  .description("events between countries and their representatives, coded in CAMEO")
  .option(...dbOption)
  .option("--dyad <A-B>", "two ISO3 codes, e.g. CHN-KOR (either direction)", dyadPair)
  .option("--directed", "with --dyad: only events from A to B")
  .option(...actorOption)
  .option(...sinceOption)
  .option(...untilOption)
  .option("--code <code>", "CAMEO code or prefix, e.g. 04 or 042", cameoPrefix)
  .option(
    "--modality <m>",
    "asserted, planned, negated or hypothetical",
    oneOf(["asserted", "planned", "negated", "hypothetical"]),
  )
  .option(...limitOption("rows", 500))
  .option("--json", "print as JSON")
  .action((opts) => eventsCommand(opts));

program
  .command("explain")
  .description("why an event was coded: pattern, trigger, evidence sentences, date and actors")
  .argument("<event-id>", "as printed by dyad events, e.g. news-001#e1")
  .option(...dbOption)
  .option("--json", "print as JSON")
  .action((id: string, opts) => explainCommand(id, opts));

program
  .command("quotes")
  .description("who said what, and who relayed it")
  .option(...dbOption)
  .option("--speaker <name>", "full name, surname or alias (case and accents aside)")
  .option("--about <iso3>", "quotes in articles involving this country, not said by it", countryCode)
  .option(...limitOption("rows", 200))
  .option("--json", "print as JSON")
  .action((opts) => quotesCommand(opts));

program
  .command("stories")
  .description("reports of the same event grouped, with their merged events and copies")
  .option(...dbOption)
  .option("--dyad <A-B>", "only stories with an event between these two countries", dyadPair)
  .option("--story <id>", "one story, with all of its events (the list shows the first 3 of each)")
  .option(...limitOption("stories", 50))
  .option("--json", "print as JSON")
  .action((opts) => storiesCommand(opts));

program
  .command("timeline")
  .description("a relationship over time: events by quad class and Goldstein score, each event counted once")
  .argument("<A>", "ISO3 code, e.g. CHN", countryCode)
  .argument("<B>", "ISO3 code, e.g. KOR", countryCode)
  .option(...dbOption)
  .option("--by <period>", "day, week or month", oneOf(["day", "week", "month"]), "month")
  .option("--directed", "only events from A to B")
  .option("--json", "print as JSON")
  .action((a: string, b: string, opts) => timelineCommand(a, b, opts));

program
  .command("demo")
  .description("ingest the built-in demo corpus and show what Dyad made of it")
  .option("--db <file>", "SQLite database file", "./dyad-demo.db")
  .action(async (opts: { db: string }) => {
    await demoCommand(opts);
  });

// A reader that stops early (`dyad export | head -1`) closes the pipe: a normal end, not an error.
const closedPipe = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code === "EPIPE";
process.stdout.on("error", (error) => {
  if (closedPipe(error)) process.exit(0);
  throw error;
});

program.parseAsync().catch((error: Error) => {
  if (closedPipe(error)) process.exit(0);
  if (error instanceof CommanderError) {
    // Already printed by commander; --help and --version end with 0.
    process.exitCode = error.exitCode === 0 ? 0 : 2;
    return;
  }
  err(`dyad: ${error.message}`);
  process.exitCode = 2;
});
