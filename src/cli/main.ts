#!/usr/bin/env node
// dyad: the command line. Each command is a thin wrapper over one module (see commands.ts).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { checkKnowledge } from "../knowledge/check.js";
import { actorsCommand, exportCommand, ingestCommand, searchCommand, showCommand } from "./commands.js";
import { eventsCommand, explainCommand, quotesCommand } from "./event-commands.js";
import { storiesCommand, timelineCommand } from "./story-commands.js";
import { err, out, printable } from "./terminal.js";

const program = new Command()
  .name("dyad")
  .description("Turn raw news into structured data about relations between countries.")
  .version("0.1.0")
  // Commander's own errors quote the arguments ("unknown command '…'"): shown escaped like ours.
  .configureOutput({ writeErr: (text) => process.stderr.write(printable(text)) })
  // $DYAD_KNOWLEDGE is checked before any command; commands that process documents check its files too.
  .hook("preAction", (_, command) => checkKnowledge(["ingest", "demo"].includes(command.name())));

const dbOption = ["--db <file>", "SQLite database file", "./dyad.db"] as const;

program
  .command("ingest")
  .description("read files, directories, JSONL, feeds, WARC (or - for stdin), clean and store them")
  .argument("<paths...>")
  .option(...dbOption)
  .option("--json", "print the summary as JSON")
  .option("--workers <n>", "processing threads (0: none; default: one per core)")
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
  .option("--format <format>", "jsonl, csv, gdelt or graphml", "jsonl")
  .option("--dyad <A-B>", "gdelt and graphml: only events between two countries")
  .option("--out <file>", "output file (default: stdout)")
  .action(async (opts) => {
    await exportCommand(opts);
  });

program
  .command("search")
  .description('full-text search over clean text (FTS5 syntax: "exact phrase", OR, NEAR, prefix*)')
  .argument("<query>")
  .option(...dbOption)
  .option("--limit <n>", "maximum hits", "20")
  .option("--json", "print hits as JSON")
  .action((query: string, opts) => searchCommand(query, opts));

program
  .command("actors")
  .description("people, countries and organisations learned from the corpus, with roles and dates")
  .option(...dbOption)
  .option("--country <iso3>", "only actors acting for this country (e.g. KOR)")
  .option("--kind <kind>", "person, country or organisation")
  .option("--limit <n>", "maximum rows", "100")
  .option("--json", "print as JSON")
  .action((opts) => actorsCommand(opts));

program
  .command("events")
  .description("events between countries and their representatives, coded in CAMEO")
  .option(...dbOption)
  .option("--dyad <A-B>", "two ISO3 codes, e.g. CHN-KOR (either direction)")
  .option("--directed", "with --dyad: only events from A to B")
  .option("--actor <name>", "a person or organisation on either side")
  .option("--since <date>", "from this date (YYYY-MM-DD or YYYY-MM)")
  .option("--until <date>", "up to this date, inclusive")
  .option("--code <code>", "CAMEO code or prefix, e.g. 04 or 042")
  .option("--modality <m>", "asserted, planned, negated or hypothetical")
  .option("--limit <n>", "maximum rows", "500")
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
  .option("--speaker <name>", "full name or part of it")
  .option("--about <iso3>", "quotes in articles involving this country, not said by it")
  .option("--limit <n>", "maximum rows", "200")
  .option("--json", "print as JSON")
  .action((opts) => quotesCommand(opts));

program
  .command("stories")
  .description("reports of the same event grouped, with their merged events and copies")
  .option(...dbOption)
  .option("--dyad <A-B>", "only stories with an event between these two countries")
  .option("--limit <n>", "maximum stories", "50")
  .option("--json", "print as JSON")
  .action((opts) => storiesCommand(opts));

program
  .command("timeline")
  .description("a relationship over time: events by quad class and Goldstein score, each event counted once")
  .argument("<A>", "ISO3 code, e.g. CHN")
  .argument("<B>", "ISO3 code, e.g. KOR")
  .option(...dbOption)
  .option("--by <period>", "day, week or month", "month")
  .option("--directed", "only events from A to B")
  .option("--json", "print as JSON")
  .action((a: string, b: string, opts) => timelineCommand(a, b, opts));

program
  .command("demo")
  .description("ingest the built-in demo corpus and show what Dyad made of it")
  .option("--db <file>", "SQLite database file", "./dyad-demo.db")
  .action(async (opts: { db: string }) => {
    const corpus = fileURLToPath(new URL("../../data/demo/", import.meta.url));
    if (!existsSync(corpus)) throw new Error(`demo corpus not found at ${corpus}`);
    out(`Ingesting the demo corpus (${corpus}) into ${opts.db}\n`);
    const summary = await ingestCommand([corpus], { db: opts.db });
    // The demo holds one deliberately broken input, to show that a bad file is reported and skipped.
    if (summary.failed.length > 0 && summary.read > 0) {
      out(
        "(wire.jsonl holds two broken records on purpose: bad input is named and skipped, the rest stored)",
      );
      process.exitCode = 0;
    }
    out('\nSearch for "foreign minister":');
    searchCommand("foreign minister", { db: opts.db, limit: "5" });
    out(`\nNext: dyad show <id> --db ${opts.db}, dyad export --db ${opts.db} --format jsonl`);
  });

program.parseAsync().catch((error: Error) => {
  err(`dyad: ${error.message}`);
  process.exitCode = 2;
});
