// Runs one batch in a child process with a wall-clock bound: its reply, or how it failed (it threw,
// it died, it hung), with the last file it opened as the likely culprit.
import { fork } from "node:child_process";
import type { BatchReply, BatchRequest, BatchResult } from "./child.js";

export type ChildOutcome =
  | { ok: true; result: BatchResult }
  | { ok: false; kind: "crash" | "hang"; message: string; lastOpened?: string };

export function runChild(req: BatchRequest, boundMs: number): Promise<ChildOutcome> {
  const fromSource = import.meta.url.endsWith(".ts");
  const script = new URL(fromSource ? "./child.ts" : "./child.js", import.meta.url);
  const child = fork(script, [], {
    execArgv: fromSource ? ["--import", "tsx"] : [],
    env: { ...process.env, DYAD_FUZZ_CHILD: "1" },
    stdio: ["ignore", "ignore", "pipe", "ipc"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2000);
  });
  return new Promise((resolve) => {
    let lastOpened: string | undefined;
    let settled = false;
    const done = (outcome: ChildOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill("SIGKILL");
      resolve(outcome);
    };
    const timer = setTimeout(
      () => done({ ok: false, kind: "hang", message: `no end after ${boundMs / 1000} s`, lastOpened }),
      boundMs,
    );
    child.on("message", (reply: BatchReply) => {
      if ("opening" in reply) lastOpened = reply.opening;
      else if (reply.ok) done(reply);
      else done({ ok: false, kind: "crash", message: `ingest threw: ${reply.error}`, lastOpened });
    });
    child.on("exit", (code, signal) => {
      const last = stderr.trim().split("\n").slice(-3).join(" | ");
      const message = `process died (${signal ?? `exit code ${code}`})${last ? `: ${last}` : ""}`;
      // A reply sent just before a clean exit may still be on its way.
      setTimeout(() => done({ ok: false, kind: "crash", message, lastOpened }), 500);
    });
    child.on("error", (error) => done({ ok: false, kind: "crash", message: error.message, lastOpened }));
    child.send(req);
  });
}
