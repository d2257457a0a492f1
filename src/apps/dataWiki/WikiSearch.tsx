import * as React from 'react';
import { Link, SearchBox, Text, mergeStyleSets } from '@fluentui/react';
import { Flex } from '../../ui/Flex';
import type { WikiEntry, WikiEntryKind } from '../../domain/wiki/wikiEntries';
import { useDebounced } from '../../ui/useDebounced';
import { useLoad } from '../../ui/useLoad';
import { useOnceTrue } from '../../ui/useOnceTrue';

const kindNames: Record<WikiEntryKind, string> = { dataset: 'Dataset', field: 'Field', article: 'Article', term: 'Glossary term' };
const limit = 15;

const styles = mergeStyleSets({
  results: { listStyle: 'none', padding: 0, margin: 0 },
  result: { padding: '6px 0', overflowWrap: 'anywhere' }
});

/**
 * One box for the whole wiki: results as the person types (after a pause), each opening where it lives.
 * The search library loads, and the index is built, when someone first types.
 */
export function WikiSearch({ entries, onOpen }: { entries: readonly WikiEntry[]; onOpen: (entry: WikiEntry) => void }): JSX.Element {
  const [query, setQuery] = React.useState('');
  const settled = useDebounced(query, 200).trim();
  const wanted = useOnceTrue(query !== '');
  const [index] = useLoad(
    async () => (wanted ? (await import(/* webpackChunkName: 'wiki-search' */ '../../domain/wiki/wikiSearch')).buildWikiIndex(entries) : undefined),
    [entries, wanted]
  );
  const hits = React.useMemo(() => (index.state === 'ready' && index.value ? index.value.search(settled, limit) : []), [index, settled]);
  const searched = index.state === 'ready' && index.value !== undefined;
  return (
    <Flex gap={8} role="search" aria-label="Search the wiki">
      <SearchBox placeholder="Search datasets, fields, guidance and terms" ariaLabel="Search the wiki" value={query} onChange={(_, value) => setQuery(value ?? '')} />
      {settled && index.state === 'loading' && <Text role="status">Searching…</Text>}
      {settled && index.state === 'failed' && <Text role="status">The search could not be loaded: reload the page to try again.</Text>}
      {settled && searched && (
        <>
          <Text role="status">{hits.length ? `${hits.length === limit ? `The first ${limit}` : hits.length} ${hits.length === 1 ? 'match' : 'matches'} for “${settled}”.` : `Nothing matches “${settled}”.`}</Text>
          <ul className={styles.results} aria-label="Search results">
            {hits.map(({ entry }) => (
              <li key={entry.id} className={styles.result}>
                <Link onClick={() => onOpen(entry)}>{entry.title}</Link> <Text>— {kindNames[entry.kind]}{entry.kind === 'field' ? ` of ${entry.context}` : ''}</Text>
              </li>
            ))}
          </ul>
        </>
      )}
    </Flex>
  );
}
