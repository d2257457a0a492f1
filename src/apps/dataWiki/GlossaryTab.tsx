import * as React from 'react';
import { Link, mergeStyleSets, Text } from '@fluentui/react';
import { Flex } from '../../ui/Flex';
import type { Saved } from '../../domain/lists/itemQuery';
import type { TermItem } from '../../data/wikiData';
import { glossaryTerms } from '../../domain/registers/glossaryTerms';
import { synonymsOf } from '../../domain/wiki/wikiEntries';
import { NewEntryButton } from './NewEntryButton';
import type { ItemPanelState } from '../../ui/form/ItemPanel';

const styles = mergeStyleSets({
  terms: { margin: 0 },
  term: { fontWeight: 600, marginTop: 12 },
  definition: { margin: '2px 0 0', overflowWrap: 'anywhere' }
});

export interface GlossaryTabProps {
  terms: ReadonlyArray<Saved<TermItem>>;
  /** The term to bring into view and focus, from a link or search result. */
  focusTerm?: string;
  canEdit: boolean;
  /** Opens the term editor: a new term, or one term to change. */
  onEdit: (state: ItemPanelState) => void;
}

/** The glossary, alphabetical: each term with its definition, the other words for it and who owns it. */
export function GlossaryTab({ terms, focusTerm, canEdit, onEdit }: GlossaryTabProps): JSX.Element {
  const focused = React.useRef<HTMLElement>(null);
  React.useEffect(() => focused.current?.focus(), [focusTerm]);
  const sorted = [...terms].sort((a, b) => a.item.Title.localeCompare(b.item.Title, 'en-GB'));
  return (
    <Flex gap={8}>
      <NewEntryButton noun="term" canEdit={canEdit} onEdit={onEdit} />
      {!sorted.length && <Text>The glossary has no terms yet.</Text>}
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
              {canEdit && (
                <Link onClick={() => onEdit({ kind: 'item', id, editing: true })} aria-label={`Edit ${item.Title}`}>
                  Edit
                </Link>
              )}
            </dd>
          </React.Fragment>
        ))}
      </dl>
    </Flex>
  );
}
