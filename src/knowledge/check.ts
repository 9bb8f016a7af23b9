// Checks the user's knowledge before a run: $DYAD_KNOWLEDGE must exist, and every table it extends
// must be valid, so a mistake stops the command once, naming the file and the field, instead of
// failing each document in the workers.
import { join } from "node:path";
import { buildCountries } from "../actors/knowledge/countries.js";
import { FILE_NAMES, readKnowledgeDir, shippedDir } from "../actors/knowledge/files.js";
import { countryExtrasFile } from "../actors/knowledge/schema.js";
import { knowledgeRoot, loadAllKnowledge, readChecked } from "./load.js";

/** `tables`: also load every table (a run that processes documents); else only find the folder. */
export function checkKnowledge(tables: boolean): void {
  const { dir } = knowledgeRoot();
  if (!tables) return;
  loadAllKnowledge();
  if (dir === null) return;
  // The actor tables are built in the workers (a second or so): here their files are read, and the
  // user's countries checked against the shipped ones (the one cross-check that can fail).
  const user = readKnowledgeDir(dir);
  if (user.countries)
    buildCountries(
      readChecked(join(shippedDir, FILE_NAMES.countries), countryExtrasFile),
      user.countries,
      `${FILE_NAMES.countries} in ${dir}`,
    );
}
