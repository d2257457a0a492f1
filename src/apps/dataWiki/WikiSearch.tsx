import * as React from 'react';
import { Link, SearchBox, Stack, Text, mergeStyleSets } from '@fluentui/react';
import type { WikiEntry, WikiEntryKind } from '../../domain/wiki/wikiEntries';
import type { WikiIndex } from '../../domain/wiki/wikiSearch';
import { useDebounced } from '../../ui/useDebounced';

const kindNames: Record<WikiEntryKind, string> = { dataset: 'Dataset', field: 'Field', article: 'Article', term: 'Glossary term' };
const limit = 15;

const styles = mergeStyleSets({
  results: { listStyle: 'none', padding: 0, margin: 0 },
  result: { padding: '6px 0', overflowWrap: 'anywhere' }
});

/** One box for the whole wiki: results as the person types (after a pause), each opening where it lives. */
export function WikiSearch({ index, onOpen }: { index: WikiIndex; onOpen: (entry: WikiEntry) => void }): JSX.Element {
  const [query, setQuery] = React.useState('');
  const settled = useDebounced(query, 200).trim();
  const hits = React.useMemo(() => index.search(settled, limit), [index, settled]);
  return (
    <Stack role="search" aria-label="Search the wiki" tokens={{ childrenGap: 8 }}>
      <SearchBox placeholder="Search datasets, fields, guidance and terms" ariaLabel="Search the wiki" value={query} onChange={(_, value) => setQuery(value ?? '')} />
      {settled && (
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
    </Stack>
  );
}
