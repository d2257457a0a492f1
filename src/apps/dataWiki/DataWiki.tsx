import * as React from 'react';
import { MessageBar, MessageBarType, Pivot, PivotItem, Spinner } from '@fluentui/react';
import { Flex } from '../../ui/Flex';
import type { Saved } from '../../domain/lists/itemQuery';
import { createQualityStore } from '../../data/qualityStore';
import { describeSharePointProblem } from '../../data/sharePointProblem';
import { readWiki, wikiRepositories, type WikiData } from '../../data/wikiData';
import { addDays } from '../../domain/calendar/isoDate';
import { londonDateOf } from '../../domain/calendar/londonTime';
import type { Register } from '../../domain/lists/defineList';
import { registers as allRegisters } from '../../domain/registers';
import { wikiEntries, type WikiEntry } from '../../domain/wiki/wikiEntries';
import { latestRunsByRegister } from '../../domain/wiki/latestResults';
import { wikiLinkResolver } from '../../domain/wiki/wikiLinks';
import { SharePointProblemMessage } from '../../ui/SharePointProblemMessage';
import { useLoad } from '../../ui/useLoad';
import { useOnceTrue } from '../../ui/useOnceTrue';
import type { Services } from '../services';
import { CatalogueTab } from './CatalogueTab';
import { GlossaryTab } from './GlossaryTab';
import { GuidanceTab } from './GuidanceTab';
import type { WikiEditing, WikiList } from './WikiEditor';
import { WikiSearch } from './WikiSearch';

// The forms, the merge view, version history and the article preview load when someone first edits or asks who changed what.
const WikiEditor = React.lazy(() => import(/* webpackChunkName: 'wiki-editor' */ './WikiEditor').then((module) => ({ default: module.WikiEditor })));
// The dictionary (its list picker, the site's live columns, exports) is a tab of its own: loaded when first opened.
const DictionaryTab = React.lazy(() => import(/* webpackChunkName: 'wiki-dictionary' */ './DictionaryTab').then((module) => ({ default: module.DictionaryTab })));

/** How far back the catalogue and the dictionary look for each register's latest data-quality run. */
const qualityWindowDays = 31;

type Tab = 'catalogue' | 'dictionary' | 'guidance' | 'glossary';

const registers: readonly Register[] = allRegisters;

export interface DataWikiProps {
  services: Services;
}

/** The data wiki: the catalogue, each list's dictionary held against the site, guidance and the glossary, found in one search. */
export function DataWiki({ services }: DataWikiProps): JSX.Element {
  const repositories = React.useMemo(() => wikiRepositories(services.sp, services.clock), [services.sp, services.clock]);
  const [loaded, reread] = useLoad(() => readWiki(services.sp, repositories));
  // After a save the wiki is read again; what was on screen stays there until the new reading arrives.
  const lastRead = React.useRef<WikiData>();
  if (loaded.state === 'ready') lastRead.current = loaded.value;
  const wiki = lastRead.current;
  const [editing, setEditing] = React.useState<WikiEditing>();
  // Once opened, the editor stays loaded (showing nothing while closed) and keeps what it has read.
  const editorOpened = useOnceTrue(editing !== undefined);
  const today = londonDateOf(services.clock().getTime());
  const [latestRuns] = useLoad(async () =>
    latestRunsByRegister(await createQualityStore(services.sp, services.clock).readAllSnapshots(addDays(today, -qualityWindowDays)))
  );
  const [tab, setTab] = React.useState<Tab>('catalogue');
  const [dictionaryOf, setDictionaryOf] = React.useState(registers[0].title);
  const [focusField, setFocusField] = React.useState<string>();
  const [articleTitle, setArticleTitle] = React.useState<string>();
  const [focusTerm, setFocusTerm] = React.useState<string>();

  const entries = React.useMemo(
    () =>
      wiki
        ? wikiEntries({
            registers,
            catalogue: wiki.catalogue.map(({ item }) => ({ title: item.Title, description: item.Description, directorate: item.Directorate })),
            articles: wiki.articles.map(({ item }) => ({ title: item.Title, summary: item.Summary ?? '', body: item.Body })),
            terms: wiki.terms.map(({ item }) => ({ title: item.Title, definition: item.Definition, synonyms: item.Synonyms ?? '' }))
          })
        : [],
    [wiki]
  );
  const listTitles = React.useMemo(
    () => new Set([...registers.map((register) => register.title), ...(wiki ? wiki.lists.map((list) => list.title) : [])].map((title) => title.toLowerCase())),
    [wiki]
  );
  const resolve = React.useMemo(() => wikiLinkResolver(entries), [entries]);

  const openDictionary = React.useCallback((listTitle: string, field?: string) => {
    setDictionaryOf(listTitle);
    setFocusField(field);
    setTab('dictionary');
  }, []);
  const openTerm = React.useCallback((title: string) => {
    setFocusTerm(title);
    setTab('glossary');
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
      } else openTerm(entry.title);
    },
    [openDictionary, openTerm, listTitles]
  );
  const openById = React.useCallback((id: string) => open(entries.find((entry) => entry.id === id)), [open, entries]);

  const edit =
    (list: WikiList): ((state: WikiEditing['state'], newValues?: WikiEditing['newValues']) => void) =>
    (state, newValues) =>
      setEditing({ list, state, newValues });
  const saved = (list: WikiList, item: Saved<Record<string, unknown>>): void => {
    if (list === 'articles') setArticleTitle(String(item.item.Title));
    reread();
  };

  if (!wiki && loaded.state === 'failed') return <SharePointProblemMessage problem={describeSharePointProblem(loaded.error)} siteUrl={services.siteUrl} onRetry={reread} />;
  if (!wiki) return <Spinner label="Reading the wiki…" />;
  const { catalogue, articles, terms, notes, lists, canEdit } = wiki;

  return (
    <Flex gap={16}>
      <WikiSearch entries={entries} onOpen={open} />
      {!canEdit && (
        <MessageBar messageBarType={MessageBarType.info}>
          You can read the wiki. Only members of the Data Custodians group can change it: ask a site owner if you should be one.
        </MessageBar>
      )}
      <Pivot selectedKey={tab} onLinkClick={(item) => item && setTab(item.props.itemKey as Tab)} aria-label="Data wiki" overflowBehavior="menu" overflowAriaLabel="More of the wiki">
        <PivotItem headerText="Catalogue" itemKey="catalogue">
          <CatalogueTab catalogue={catalogue} registers={registers} lists={lists} today={today} onOpenDictionary={openDictionary} latestRuns={latestRuns} canEdit={canEdit} onEdit={edit('catalogue')} />
        </PivotItem>
        <PivotItem headerText="Dictionary" itemKey="dictionary">
          {tab === 'dictionary' && (
            <React.Suspense fallback={<Spinner label="Opening the dictionary…" />}>
              <DictionaryTab
                sp={services.sp}
                latestRuns={latestRuns}
                registers={registers}
                lists={lists}
                listTitle={dictionaryOf}
                onChooseList={openDictionary}
                focusField={focusField}
                terms={terms}
                notes={notes}
                canEdit={canEdit}
                onOpenTerm={openTerm}
                onEditNote={edit('notes')}
              />
            </React.Suspense>
          )}
        </PivotItem>
        <PivotItem headerText="Guidance" itemKey="guidance">
          <GuidanceTab
            articles={articles}
            articleTitle={articleTitle}
            canEdit={canEdit}
            resolve={resolve}
            onOpenArticle={setArticleTitle}
            onFollow={openById}
            onEdit={edit('articles')}
          />
        </PivotItem>
        <PivotItem headerText="Glossary" itemKey="glossary">
          <GlossaryTab terms={terms} focusTerm={focusTerm} canEdit={canEdit} onEdit={edit('terms')} />
        </PivotItem>
      </Pivot>
      {loaded.state === 'failed' && (
        <SharePointProblemMessage problem={describeSharePointProblem(loaded.error)} siteUrl={services.siteUrl} onRetry={reread} />
      )}
      {editorOpened && (
        <React.Suspense fallback={<Spinner label="Opening the editor…" />}>
          <WikiEditor
            editing={editing}
            services={services}
            repositories={repositories}
            today={today}
            canEdit={canEdit}
            existing={editing ? wiki[editing.list] : []}
            resolve={resolve}
            onEditing={setEditing}
            onSaved={saved}
          />
        </React.Suspense>
      )}
    </Flex>
  );
}
