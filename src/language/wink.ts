// The wink-nlp instance, loaded on first use: the model takes a while to load and most
// commands (list, export) never need it.
import { createRequire } from "node:module";
import type { WinkMethods } from "wink-nlp";

const require = createRequire(import.meta.url);
let instance: WinkMethods | undefined;

export function wink(): WinkMethods {
  if (!instance) {
    const winkNLP = require("wink-nlp") as typeof import("wink-nlp").default;
    const model = require("wink-eng-lite-web-model");
    // Only POS: sentences are ours (sentences.ts), and wink's NER/negation/sentiment are unused.
    instance = winkNLP(model, ["pos"]);
  }
  return instance;
}

/** Token texts and Universal POS tags of `text`, in order. */
export function winkTokens(text: string): { values: string[]; tags: string[] } {
  const nlp = wink();
  const tokens = nlp.readDoc(text).tokens();
  return { values: tokens.out(nlp.its.value) as string[], tags: tokens.out(nlp.its.pos) as string[] };
}
