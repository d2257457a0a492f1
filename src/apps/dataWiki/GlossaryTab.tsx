import * as React from 'react';
import { mergeStyleSets, Text } from '@fluentui/react';
import type { Saved } from '../../data/itemMapping';
import type { TermItem } from '../../data/wikiData';
import { glossaryTerms } from '../../domain/registers/glossaryTerms';
import { synonymsOf } from '../../domain/wiki/wikiEntries';

const styles = mergeStyleSets({
  terms: { margin: 0 },
  term: { fontWeight: 600, marginTop: 12 },
  definition: { margin: '2px 0 0', overflowWrap: 'anywhere' }
});

export interface GlossaryTabProps {
  terms: ReadonlyArray<Saved<TermItem>>;
  /** The term to bring into view and focus, from a link or search result. */
  focusTerm?: string;
}

/** The glossary, alphabetical: each term with its definition, the other words for it and who owns it. */
export function GlossaryTab({ terms, focusTerm }: GlossaryTabProps): JSX.Element {
  const focused = React.useRef<HTMLElement>(null);
  React.useEffect(() => focused.current?.focus(), [focusTerm]);
  const sorted = [...terms].sort((a, b) => a.item.Title.localeCompare(b.item.Title, 'en-GB'));
  if (!sorted.length) return <Text>The glossary has no terms yet.</Text>;
  return (
    <dl className={styles.terms}>
      {sorted.map(({ id, item }) => (
        <React.Fragment key={id}>
          <dt className={styles.term} ref={item.Title === focusTerm ? focused : undefined} tabIndex={item.Title === focusTerm ? -1 : undefined}>
            {item.Title}
          </dt>
          <dd className={styles.definition}>
            {item.Definition}
            {item.Synonyms && <Text block>Also called: {synonymsOf(item.Synonyms).join(', ')}.</Text>}
            {item.Owner && <Text block>{`${glossaryTerms.fields.Owner.title}: ${item.Owner.title ?? ''}.`}</Text>}
          </dd>
        </React.Fragment>
      ))}
    </dl>
  );
}
