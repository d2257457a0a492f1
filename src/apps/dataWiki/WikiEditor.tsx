import * as React from 'react';
import type { Saved, Values } from '../../domain/lists/itemQuery';
import { readSiteUsers } from '../../data/siteUsers';
import type { WikiRepositories } from '../../data/wikiData';
import type { IsoDate } from '../../domain/calendar/isoDate';
import type { Register } from '../../domain/lists/defineList';
import type { FieldDefinition } from '../../domain/lists/fields';
import { dataCatalogue } from '../../domain/registers/dataCatalogue';
import { dictionaryNotes } from '../../domain/registers/dictionaryNotes';
import { glossaryTerms } from '../../domain/registers/glossaryTerms';
import { wikiArticles } from '../../domain/registers/wikiArticles';
import type { WikiEntry } from '../../domain/wiki/wikiEntries';
import { browserDrafts } from '../../ui/form/browserDrafts';
import { ItemPanel, type ItemPanelState } from '../../ui/form/ItemPanel';
import { useLoad } from '../../ui/useLoad';
import type { Services } from '../services';
import { ArticleBody } from './ArticleView';

/** The wiki's lists a custodian writes in. */
export type WikiList = keyof WikiRepositories;

/** What is open in the editor: which list, which item and in what state, and what a new item starts with. */
export interface WikiEditing {
  list: WikiList;
  state: ItemPanelState;
  newValues?: Values;
}

const editable: Record<WikiList, { register: Register<Record<string, FieldDefinition>>; noun: string }> = {
  articles: { register: wikiArticles, noun: 'article' },
  terms: { register: glossaryTerms, noun: 'glossary term' },
  catalogue: { register: dataCatalogue, noun: 'dataset' },
  notes: { register: dictionaryNotes, noun: 'column description' }
};
const drafts = browserDrafts();

export interface WikiEditorProps {
  /** Nothing is open: the editor stays mounted, so the site's people are read once however often it opens. */
  editing: WikiEditing | undefined;
  services: Services;
  repositories: WikiRepositories;
  today: IsoDate;
  /** Whether this person is a custodian: without, items open to read and for their history only. */
  canEdit: boolean;
  /** Every item of the list being edited, to warn before one is written twice. */
  existing: ReadonlyArray<Saved<Values>>;
  resolve: (target: string) => WikiEntry | undefined;
  onEditing: (editing: WikiEditing | undefined) => void;
  onSaved: (list: WikiList, saved: Saved<Values>) => void;
}

/**
 * A wiki item in the shared item panel: an article with its live preview, a glossary term, a dataset, a
 * column's description; each with its version history. Loaded when first opened: readers never download it.
 */
export function WikiEditor({ editing, services, repositories, today, canEdit, existing, resolve, onEditing, onSaved }: WikiEditorProps): JSX.Element | null {
  const [people] = useLoad(() => readSiteUsers(services.sp));
  const preview = React.useCallback((values: Values) => <ArticleBody body={typeof values.Body === 'string' ? values.Body : ''} resolve={resolve} />, [resolve]);
  if (!editing) return null;
  const { list } = editing;
  const { register, noun } = editable[list];
  return (
    <ItemPanel
      register={register}
      repository={repositories[list]}
      state={editing.state}
      sp={services.sp}
      siteUrl={services.siteUrl}
      people={people.state === 'ready' ? people.value : []}
      today={today}
      drafts={drafts}
      draftKey={(id) => (id === undefined ? `wiki:${list}:new` : `wiki:${list}:edit:${id}`)}
      noun={noun}
      newValues={editing.newValues}
      existing={existing}
      canEdit={canEdit}
      preview={list === 'articles' ? preview : undefined}
      onState={(state) => onEditing(state && { ...editing, state })}
      onSaved={(saved) => onSaved(list, saved)}
      warning={people.state === 'failed' ? 'The list of people could not be read, so no one can be chosen just now.' : undefined}
    />
  );
}
