import * as React from 'react';
import { MessageBar, MessageBarButton, MessageBarType, Spinner } from '@fluentui/react';
import { useLoad } from '../useLoad';
import type { Values } from '../../domain/lists/itemQuery';
import type { ItemPanelProps } from './ItemPanel';

// The panel (its form, date pickers, history and merge view) loads when someone first opens an item. It is
// loaded as a module rather than through React.lazy, which would forget that the panel is generic in its items.
const loadPanel = (): Promise<typeof import('./ItemPanel')> => import(/* webpackChunkName: 'item-panel' */ './ItemPanel');

export function LazyItemPanel<T extends Values>(props: ItemPanelProps<T>): JSX.Element {
  const [panel, retry] = useLoad(loadPanel);
  if (panel.state === 'ready') return <panel.value.ItemPanel {...props} />;
  if (panel.state === 'failed') {
    return (
      <MessageBar messageBarType={MessageBarType.error} actions={<MessageBarButton onClick={retry}>Try again</MessageBarButton>}>
        The {props.noun} could not be opened: this page’s code did not download. Check the connection, then try again.
      </MessageBar>
    );
  }
  return <Spinner label={`Opening the ${props.noun}…`} />;
}
