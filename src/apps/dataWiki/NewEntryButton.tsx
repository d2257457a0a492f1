import * as React from 'react';
import { DefaultButton } from '@fluentui/react';
import { Flex } from '../../ui/Flex';
import type { ItemPanelState } from '../../ui/form/ItemPanel';

/** "New dataset", "New article", "New term": shown only to those who may change the wiki. */
export function NewEntryButton({ noun, canEdit, onEdit }: { noun: string; canEdit: boolean; onEdit: (state: ItemPanelState) => void }): JSX.Element | null {
  if (!canEdit) return null;
  return (
    <Flex horizontal>
      <DefaultButton iconProps={{ iconName: 'Add' }} text={`New ${noun}`} onClick={() => onEdit({ kind: 'new' })} />
    </Flex>
  );
}
