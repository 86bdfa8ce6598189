// The agenda's case picker filter (issue 26 item 12): every typed word must appear somewhere in
// the case's title, region, tags, first line of presentation or author, anywhere inside a word
// ("menisc" finds "meniscus", "ankle" finds "ankle-foot"), ignoring case, accents and punctuation.
// Pure, shared by the picker in the browser and its test.

export interface FilterableCase {
  title: string;
  region: string;
  teaser: string;
  tags: string[];
  authorName: string;
}

export function normalise(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}

export function filterCases<T extends FilterableCase>(cases: T[], query: string): T[] {
  const words = normalise(query).split(" ").filter(Boolean);
  if (words.length === 0) return cases;
  return cases.filter((kase) => {
    const haystack = normalise([kase.title, kase.region, kase.teaser, kase.tags.join(" "), kase.authorName].join(" "));
    return words.every((word) => haystack.includes(word));
  });
}
