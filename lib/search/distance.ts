// Small string helpers shared by the query parser, the snippet and "did you mean". Pure.

// The catalogue's typeahead defines both (lib/diagnoses/search.ts): one normalisation and one edit
// distance for the library search and the catalogue.
export { normalise as normaliseText, editDistance } from "@/lib/diagnoses/search";

/** Typos forgiven in a word of this length: none below 5 letters, one up to 7, then two. */
export const allowedTypos = (word: string): number => (word.length >= 8 ? 2 : word.length >= 5 ? 1 : 0);
