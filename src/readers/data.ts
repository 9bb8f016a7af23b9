// The readers' knowledge (data/readers/, extended by the user's files): string → string maps.
import { derived, table } from "../knowledge/load.js";

/** Lower-cased file extension → input format (data/readers/formats.json). */
export const formatsByExtension = derived(() => new Map(Object.entries(table("readers/formats.json"))));

/** Charset label as declared → the name the decoder knows (data/readers/charsets.json). */
export const charsetNames = derived(() => new Map(Object.entries(table("readers/charsets.json"))));
