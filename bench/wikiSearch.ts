import type { Register } from '../src/domain/lists/defineList';
import { registers } from '../src/domain/registers';
import { wikiEntries } from '../src/domain/wiki/wikiEntries';
import { buildWikiIndex } from '../src/domain/wiki/wikiSearch';
import { demoArticles, demoTerms } from '../workbench/demoData/wikiDemo';

const words = ['housing', 'benefit', 'referral', 'discharge', 'school', 'waste', 'planning', 'licence', 'payment', 'care', 'parking', 'library', 'complaint', 'tenant'];
const pick = (n: number, k: number): string => words[(n * 7 + k * 3) % words.length];

/** The wiki's search over about 5,000 entries: the registers' own, then datasets, articles and terms made up to fill it. */
function main(): void {
  const synthetic = 4_700;
  const entries = wikiEntries({
    registers: registers as unknown as Register[],
    catalogue: Array.from({ length: synthetic / 2 }, (_, n) => ({ title: `${pick(n, 0)} ${pick(n, 1)} dataset ${n}`, description: `Records of ${pick(n, 2)} and ${pick(n, 3)} kept by the council.`, directorate: 'Place' })),
    articles: [...demoArticles.map((article) => ({ title: article.Title, summary: article.Summary, body: article.Body })), ...Array.from({ length: synthetic / 4 }, (_, n) => ({ title: `Guide ${n} to ${pick(n, 4)}`, summary: `How to record ${pick(n, 5)}.`, body: `Fill in the ${pick(n, 6)} date and the ${pick(n, 7)} reason. `.repeat(20) }))],
    terms: [...demoTerms.map((term) => ({ title: term.Title, definition: term.Definition, synonyms: term.Synonyms ?? '' })), ...Array.from({ length: synthetic / 4 }, (_, n) => ({ title: `${pick(n, 8)} term ${n}`, definition: `What ${pick(n, 9)} means here.`, synonyms: `${pick(n, 10)}${n}` }))]
  });
  let started = performance.now();
  const index = buildWikiIndex(entries);
  console.log(`${entries.length.toLocaleString('en-GB')} entries indexed in ${(performance.now() - started).toFixed(0)} ms`);
  for (const query of ['dischrge redy', 'DRD', 'why still in hospital', 'housing benfit', 'pa']) {
    const runs = 50;
    started = performance.now();
    let hits = 0;
    for (let run = 0; run < runs; run++) hits = index.search(query).length;
    console.log(`  "${query}": ${((performance.now() - started) / runs).toFixed(2)} ms a search, ${hits} results shown, first: ${index.search(query, 1)[0]?.entry.title ?? 'none'}`);
  }
}

main();
