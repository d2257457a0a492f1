import * as React from 'react';
import { Link, MessageBar, MessageBarType, Pivot, PivotItem, SearchBox, Spinner, Stack, Text, mergeStyleSets } from '@fluentui/react';
import { describeSharePointProblem } from '../../data/sharePointProblem';
import { readWiki, wikiRepositories } from '../../data/wikiData';
import { londonDateOf } from '../../domain/calendar/londonTime';
import type { Register } from '../../domain/lists/defineList';
import { registers as allRegisters } from '../../domain/registers';
import { wikiEntries, type WikiEntry, type WikiEntryKind } from '../../domain/wiki/wikiEntries';
import { wikiLinkResolver } from '../../domain/wiki/wikiLinks';
import { buildWikiIndex } from '../../domain/wiki/wikiSearch';
import { SharePointProblemMessage } from '../../ui/SharePointProblemMessage';
import { useDebounced } from '../../ui/useDebounced';
import { useLoad } from '../../ui/useLoad';
import type { Services } from '../services';
import { CatalogueTab } from './CatalogueTab';
import { DictionaryTab } from './DictionaryTab';
import { GlossaryTab } from './GlossaryTab';

// An article's renderer (markdown-it and DOMPurify) loads only when someone opens an article.
const ArticleView = React.lazy(() => import(/* webpackChunkName: 'wiki-article' */ './ArticleView').then((module) => ({ default: module.ArticleView })));

type Tab = 'catalogue' | 'dictionary' | 'guidance' | 'glossary';

const registers = allRegisters as unknown as Register[];
const kindNames: Record<WikiEntryKind, string> = { dataset: 'Dataset', field: 'Field', article: 'Article', term: 'Glossary term' };

const styles = mergeStyleSets({
  results: { listStyle: 'none', padding: 0, margin: 0 },
  result: { padding: '6px 0', overflowWrap: 'anywhere' }
});

export interface DataWikiProps {
  services: Services;
}

/** The data wiki: the catalogue, each list's dictionary held against the site, guidance and the glossary, found in one search. */
export function DataWiki({ services }: DataWikiProps): JSX.Element {
  const repositories = React.useMemo(() => wikiRepositories(services.sp, services.clock), [services.sp, services.clock]);
  const [wiki, retry] = useLoad(() => readWiki(services.sp, repositories));
  const [tab, setTab] = React.useState<Tab>('catalogue');
  const [dictionaryOf, setDictionaryOf] = React.useState(registers[0].title);
  const [focusField, setFocusField] = React.useState<string>();
  const [articleTitle, setArticleTitle] = React.useState<string>();
  const [focusTerm, setFocusTerm] = React.useState<string>();
  const [query, setQuery] = React.useState('');
  const settledQuery = useDebounced(query, 200);
  const today = londonDateOf(services.clock().getTime());

  const entries = React.useMemo(
    () =>
      wiki.state === 'ready'
        ? wikiEntries({
            registers,
            catalogue: wiki.value.catalogue.map(({ item }) => ({ title: item.Title, description: item.Description, directorate: item.Directorate })),
            articles: wiki.value.articles.map(({ item }) => ({ title: item.Title, summary: item.Summary ?? '', body: item.Body })),
            terms: wiki.value.terms.map(({ item }) => ({ title: item.Title, definition: item.Definition, synonyms: item.Synonyms ?? '' }))
          })
        : [],
    [wiki]
  );
  const listTitles = React.useMemo(
    () => new Set([...registers.map((register) => register.title), ...(wiki.state === 'ready' ? wiki.value.lists.map((list) => list.title) : [])].map((title) => title.toLowerCase())),
    [wiki]
  );
  const index = React.useMemo(() => buildWikiIndex(entries), [entries]);
  const resolve = React.useMemo(() => wikiLinkResolver(entries), [entries]);
  const hits = React.useMemo(() => index.search(settledQuery, 15), [index, settledQuery]);

  const openDictionary = React.useCallback((listTitle: string, field?: string) => {
    setDictionaryOf(listTitle);
    setFocusField(field);
    setTab('dictionary');
  }, []);
  const open = React.useCallback(
    (entry: WikiEntry | undefined) => {
      if (!entry) return;
      if (entry.kind === 'field') openDictionary(entry.context, entry.fieldName);
      // A dataset held outside SharePoint (a case management system) has its catalogue entry, not a dictionary.
      else if (entry.kind === 'dataset') {
        if (listTitles.has(entry.title.toLowerCase())) openDictionary(entry.title);
        else setTab('catalogue');
      }
      else if (entry.kind === 'article') {
        setArticleTitle(entry.title);
        setTab('guidance');
      } else {
        setFocusTerm(entry.title);
        setTab('glossary');
      }
    },
    [openDictionary, listTitles]
  );
  const openById = React.useCallback((id: string) => open(entries.find((entry) => entry.id === id)), [open, entries]);

  if (wiki.state === 'loading') return <Spinner label="Reading the wiki…" />;
  if (wiki.state === 'failed') return <SharePointProblemMessage problem={describeSharePointProblem(wiki.error)} siteUrl={services.siteUrl} onRetry={retry} />;
  const { catalogue, articles, terms, lists, canEdit } = wiki.value;
  const article = articles.find(({ item }) => item.Title === articleTitle);

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <Stack role="search" aria-label="Search the wiki" tokens={{ childrenGap: 8 }}>
        <SearchBox placeholder="Search datasets, fields, guidance and terms" ariaLabel="Search the wiki" value={query} onChange={(_, value) => setQuery(value ?? '')} />
        {settledQuery.trim() && (
          <>
            <Text role="status">{hits.length ? `${hits.length === 15 ? 'The first 15' : hits.length} ${hits.length === 1 ? 'match' : 'matches'} for “${settledQuery.trim()}”.` : `Nothing matches “${settledQuery.trim()}”.`}</Text>
            <ul className={styles.results} aria-label="Search results">
              {hits.map(({ entry }) => (
                <li key={entry.id} className={styles.result}>
                  <Link onClick={() => open(entry)}>{entry.title}</Link> <Text>— {kindNames[entry.kind]}{entry.kind === 'field' ? ` of ${entry.context}` : ''}</Text>
                </li>
              ))}
            </ul>
          </>
        )}
      </Stack>
      {!canEdit && (
        <MessageBar messageBarType={MessageBarType.info}>
          You can read the wiki. Only members of the Data Custodians group can change it: ask a site owner if you should be one.
        </MessageBar>
      )}
      <Pivot selectedKey={tab} onLinkClick={(item) => item && setTab(item.props.itemKey as Tab)} overflowBehavior="menu" overflowAriaLabel="More parts of the wiki">
        <PivotItem headerText="Catalogue" itemKey="catalogue">
          <CatalogueTab catalogue={catalogue} registers={registers} lists={lists} today={today} onOpenDictionary={openDictionary} />
        </PivotItem>
        <PivotItem headerText="Dictionary" itemKey="dictionary">
          {tab === 'dictionary' && (
            <DictionaryTab sp={services.sp} registers={registers} lists={lists} listTitle={dictionaryOf} onChooseList={openDictionary} focusField={focusField} />
          )}
        </PivotItem>
        <PivotItem headerText="Guidance" itemKey="guidance">
          <Stack tokens={{ childrenGap: 12 }}>
            <ul className={styles.results} aria-label="Articles">
              {[...articles]
                .sort((a, b) => a.item.Title.localeCompare(b.item.Title, 'en-GB'))
                .map(({ id, item }) => (
                  <li key={id} className={styles.result}>
                    <Link onClick={() => setArticleTitle(item.Title)} aria-current={item.Title === articleTitle ? 'page' : undefined}>
                      {item.Title}
                    </Link>
                    {item.Summary && <Text> — {item.Summary}</Text>}
                  </li>
                ))}
            </ul>
            {!articles.length && <Text>No guidance has been written yet.</Text>}
            {article && (
              <React.Suspense fallback={<Spinner label="Opening the article…" />}>
                <ArticleView title={article.item.Title} body={article.item.Body} resolve={resolve} onFollow={openById} />
              </React.Suspense>
            )}
          </Stack>
        </PivotItem>
        <PivotItem headerText="Glossary" itemKey="glossary">
          <GlossaryTab terms={terms} focusTerm={focusTerm} />
        </PivotItem>
      </Pivot>
    </Stack>
  );
}
