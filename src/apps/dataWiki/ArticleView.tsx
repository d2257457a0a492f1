import * as React from 'react';
import { mergeStyleSets, Text, useTheme, type Theme } from '@fluentui/react';
import type { WikiEntry } from '../../domain/wiki/wikiEntries';
import { articleHtml, wikiHrefPrefix } from '../../ui/wiki/articleHtml';

// The article's HTML is not Fluent's, so its links and tables take the theme's colours here (dark and high contrast included).
const stylesFor = (theme: Theme): Record<'body', string> =>
  mergeStyleSets({
    body: {
      overflowWrap: 'anywhere',
      selectors: {
        a: { color: theme.semanticColors.link },
        'a:hover': { color: theme.semanticColors.linkHovered },
        img: { maxWidth: '100%' },
        pre: { whiteSpace: 'pre-wrap' },
        table: { borderCollapse: 'collapse', display: 'block', overflowX: 'auto' },
        'th, td': { border: `1px solid ${theme.semanticColors.bodyDivider}`, padding: '2px 8px', textAlign: 'left' },
        '.wiki-broken-link': { textDecoration: 'underline wavy' }
      }
    }
  });

export interface ArticleViewProps {
  title: string;
  body: string;
  resolve: (target: string) => WikiEntry | undefined;
  /** A `[[link]]` was followed: the entry's id. */
  onFollow: (entryId: string) => void;
}

/** An article as readers see it: its markdown rendered and sanitised, its wiki links handled inside the wiki. */
export function ArticleView({ title, body, resolve, onFollow }: ArticleViewProps): JSX.Element {
  const html = React.useMemo(() => articleHtml(body, resolve), [body, resolve]);
  const theme = useTheme();
  const styles = React.useMemo(() => stylesFor(theme), [theme]);
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => heading.current?.focus(), [title]);
  const follow = (event: React.MouseEvent<HTMLDivElement>): void => {
    const link = (event.target as HTMLElement).closest('a');
    const href = link?.getAttribute('href') ?? '';
    if (!href.startsWith(wikiHrefPrefix)) return;
    event.preventDefault();
    onFollow(decodeURIComponent(href.slice(wikiHrefPrefix.length)));
  };
  return (
    <article aria-labelledby="wiki-article-title">
      <h3 id="wiki-article-title" ref={heading} tabIndex={-1}>
        {title}
      </h3>
      {/* Safe: articleHtml renders markdown with raw HTML off and sanitises the result with DOMPurify. */}
      {/* eslint-disable-next-line react/no-danger -- sanitised above */}
      <div className={styles.body} onClick={follow} dangerouslySetInnerHTML={{ __html: html }} />
      {!body.trim() && <Text>This article has no text yet.</Text>}
    </article>
  );
}
