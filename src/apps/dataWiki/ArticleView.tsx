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

export interface ArticleBodyProps {
  body: string;
  resolve: (target: string) => WikiEntry | undefined;
  /** A `[[link]]` was followed: the entry's id. Without it (a preview), wiki links stay where they are. */
  onFollow?: (entryId: string) => void;
}

/** An article's text as readers see it: its markdown rendered and sanitised, its wiki links handled inside the wiki. */
export function ArticleBody({ body, resolve, onFollow }: ArticleBodyProps): JSX.Element {
  const html = React.useMemo(() => articleHtml(body, resolve), [body, resolve]);
  const theme = useTheme();
  const styles = React.useMemo(() => stylesFor(theme), [theme]);
  const follow = (event: React.MouseEvent<HTMLDivElement>): void => {
    const link = (event.target as HTMLElement).closest('a');
    const href = link?.getAttribute('href') ?? '';
    if (!href.startsWith(wikiHrefPrefix)) return;
    event.preventDefault();
    onFollow?.(decodeURIComponent(href.slice(wikiHrefPrefix.length)));
  };
  return (
    <>
      {/* Safe: articleHtml renders markdown with raw HTML off and sanitises the result with DOMPurify. */}
      {/* eslint-disable-next-line react/no-danger -- sanitised above */}
      <div className={styles.body} onClick={follow} dangerouslySetInnerHTML={{ __html: html }} />
      {!body.trim() && <Text>This article has no text yet.</Text>}
    </>
  );
}

export interface ArticleViewProps extends ArticleBodyProps {
  title: string;
  /** Edit and history, under the title. */
  actions?: React.ReactNode;
}

/** An opened article: its title takes focus, so a keyboard or screen reader user starts reading where it begins. */
export function ArticleView({ title, actions, ...body }: ArticleViewProps): JSX.Element {
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => heading.current?.focus(), [title]);
  return (
    <article aria-labelledby="wiki-article-title">
      <h3 id="wiki-article-title" ref={heading} tabIndex={-1}>
        {title}
      </h3>
      {actions}
      <ArticleBody {...body} />
    </article>
  );
}
