// Part of `npm run deidentify:data`: writes lib/deidentify/data/catalogue.txt, the diagnosis
// catalogue's names as the guard's vocabulary (see lib/deidentify/catalogue-vocabulary.ts).
// Run after the catalogue or the word lists change; catalogue-clean.test.ts fails until then.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { catalogueLines } from "../lib/deidentify/catalogue-source";

const file = path.resolve(import.meta.dirname, "../lib/deidentify/data/catalogue.txt");
const lines = catalogueLines();
writeFileSync(file, lines.join("\n") + "\n");
console.log(`catalogue vocabulary: ${lines.length} lines in ${path.relative(process.cwd(), file)}`);
