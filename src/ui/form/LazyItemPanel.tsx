import * as React from 'react';
import { Spinner } from '@fluentui/react';
import type { ItemPanelProps } from './ItemPanel';

// The panel (its form, date pickers, history and merge view) loads when someone first opens an item.
const ItemPanel = React.lazy(() => import(/* webpackChunkName: 'item-panel' */ './ItemPanel').then((module) => ({ default: module.ItemPanel })));

export function LazyItemPanel(props: ItemPanelProps): JSX.Element {
  return (
    <React.Suspense fallback={<Spinner label={`Opening the ${props.noun}…`} />}>
      <ItemPanel {...props} />
    </React.Suspense>
  );
}
