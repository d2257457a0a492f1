import * as React from 'react';
import { DefaultButton, Link, mergeStyleSets, Spinner, Text } from '@fluentui/react';
import { Flex } from '../../ui/Flex';
import type { Saved } from '../../domain/lists/itemQuery';
import type { ArticleItem } from '../../data/wikiData';
import type { WikiEntry } from '../../domain/wiki/wikiEntries';
import { NewEntryButton } from './NewEntryButton';
import type { ItemPanelState } from '../../ui/form/ItemPanel';

// An article's renderer (markdown-it and DOMPurify) loads only when someone opens an article.
const ArticleView = React.lazy(() => import(/* webpackChunkName: 'wiki-article' */ './ArticleView').then((module) => ({ default: module.ArticleView })));

const styles = mergeStyleSets({
  articles: { listStyle: 'none', padding: 0, margin: 0 },
  article: { padding: '6px 0', overflowWrap: 'anywhere' },
  articleActions: { marginBottom: 12 }
});

export interface GuidanceTabProps {
  articles: ReadonlyArray<Saved<ArticleItem>>;
  /** The article open below the list. */
  articleTitle?: string;
  canEdit: boolean;
  resolve: (target: string) => WikiEntry | undefined;
  onOpenArticle: (title: string) => void;
  onFollow: (entryId: string) => void;
  /** Opens the article editor: a new article, or one article to edit or see the history of. */
  onEdit: (state: ItemPanelState) => void;
}

/** The guidance articles, A to Z, with the one chosen open below; custodians write and change them here. */
export function GuidanceTab({ articles, articleTitle, canEdit, resolve, onOpenArticle, onFollow, onEdit }: GuidanceTabProps): JSX.Element {
  const article = articles.find(({ item }) => item.Title === articleTitle);
  return (
    <Flex gap={12}>
      <NewEntryButton noun="article" canEdit={canEdit} onEdit={onEdit} />
      <ul className={styles.articles} aria-label="Articles">
        {[...articles]
          .sort((a, b) => a.item.Title.localeCompare(b.item.Title, 'en-GB'))
          .map(({ id, item }) => (
            <li key={id} className={styles.article}>
              <Link onClick={() => onOpenArticle(item.Title)} aria-current={item.Title === articleTitle ? 'page' : undefined}>
                {item.Title}
              </Link>
              {item.Summary && <Text> — {item.Summary}</Text>}
            </li>
          ))}
      </ul>
      {!articles.length && <Text>No guidance has been written yet.</Text>}
      {article && (
        <React.Suspense fallback={<Spinner label="Opening the article…" />}>
          <ArticleView
            title={article.item.Title}
            body={article.item.Body}
            resolve={resolve}
            onFollow={onFollow}
            actions={
              <Flex horizontal wrap gap={8} className={styles.articleActions}>
                {canEdit && <DefaultButton iconProps={{ iconName: 'Edit' }} text="Edit this article" onClick={() => onEdit({ kind: 'item', id: article.id, editing: true })} />}
                <DefaultButton iconProps={{ iconName: 'History' }} text="Who changed it" onClick={() => onEdit({ kind: 'item', id: article.id, editing: false, history: true })} />
              </Flex>
            }
          />
        </React.Suspense>
      )}
    </Flex>
  );
}
