// The wink fork (wink.ts, wink-split.ts, wink-lexemes.ts, wink-sink.ts, pos-automaton.ts) mirrors
// wink-nlp's internals and reads the model's private fields: it is right for one pair of versions
// only. Any other pair may tag differently without an error, so it is refused at load, by name.
// What to re-check before raising these: src/language/README.md.
import type { createRequire } from "node:module";

/** The versions the fork was written against and tested with. */
export const SUPPORTED_WINK = { "wink-nlp": "2.4.0", "wink-eng-lite-web-model": "1.8.1" } as const;

type WinkPackage = keyof typeof SUPPORTED_WINK;

/** The error for the packages whose found version is not the supported one, or null if all are. */
export function winkVersionError(found: Readonly<Record<WinkPackage, string | undefined>>): Error | null {
  const wrong = (Object.keys(SUPPORTED_WINK) as WinkPackage[]).filter(
    (name) => found[name] !== SUPPORTED_WINK[name],
  );
  if (wrong.length === 0) return null;
  const list = wrong.map(
    (name) => `${name} ${found[name] ?? "(no version)"} (supported: ${SUPPORTED_WINK[name]})`,
  );
  return new Error(
    `Dyad's tagger drives wink's internals and supports only wink-nlp ${SUPPORTED_WINK["wink-nlp"]} with ` +
      `wink-eng-lite-web-model ${SUPPORTED_WINK["wink-eng-lite-web-model"]}; installed: ${list.join(", ")}. ` +
      `Install the supported versions (npm install ${wrong.map((n) => `${n}@${SUPPORTED_WINK[n]}`).join(" ")}), ` +
      "or see src/language/README.md in Dyad's source for what an upgrade must re-check.",
  );
}

/** Throws winkVersionError() for the installed packages, read from their package.json. */
export function checkWinkVersions(require: ReturnType<typeof createRequire>): void {
  const version = (name: WinkPackage): string | undefined =>
    (require(`${name}/package.json`) as { version?: string }).version;
  const error = winkVersionError({
    "wink-nlp": version("wink-nlp"),
    "wink-eng-lite-web-model": version("wink-eng-lite-web-model"),
  });
  if (error) throw error;
}
