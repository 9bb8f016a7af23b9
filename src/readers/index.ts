// Readers: turn paths (files, directories, "-" for stdin, .gz) into source documents.
import type { InputError, SourceDocument } from "../model/document.js";

/** Yields every document found under the given paths, or an InputError for each input that failed. */
export async function* readInputs(_paths: string[]): AsyncGenerator<SourceDocument | InputError> {
  throw new Error("not implemented yet");
}
