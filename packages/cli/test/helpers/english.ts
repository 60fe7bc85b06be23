/**
 * Finds English left in a French output: English function words that no
 * French sentence uses, once the data (labels, worlds, names, descriptions:
 * the territory's own words, in whatever language it was written), file
 * names and markup are set aside.
 */
const ENGLISH_WORDS =
  /\b(the|and|of|with|which|between|are|is|not|through|from|into|than|by|each|every|there|this|that|no one|only)\b/gi;

export interface DataWords {
  /** Strings of the data, removed before looking (longest first). */
  strings: readonly string[];
}

export function withoutData(text: string, data: DataWords): string {
  let rest = text;
  for (const value of [...data.strings].filter((s) => s.length > 0).sort((a, b) => b.length - a.length))
    rest = rest.split(value).join(" ");
  // Option names (--by-type) are code, not sentences, like file names.
  return rest
    .replace(/[\w./-]+\.(csv|json|xlsx|gexf|graphml|parquet|html|md)\b/g, " ")
    .replace(/--[a-z][a-z-]*/g, " ");
}

/** The English words found, with some context, for a readable failure. */
export function englishIn(text: string, data: DataWords): string[] {
  const rest = withoutData(text, data);
  return [...rest.matchAll(ENGLISH_WORDS)].map((match) =>
    rest.slice(Math.max(0, match.index - 40), match.index + 40).replace(/\s+/g, " "),
  );
}

/** The text of an HTML page a reader sees or hears: no style, no tags, aria labels kept, entities decoded. */
export function htmlText(html: string): string {
  const labels = [...html.matchAll(/aria-label="([^"]*)"/g)].map((match) => match[1]);
  return `${html} ${labels.join(" ")}`
    .replace(/<style>[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&amp;", "&");
}
