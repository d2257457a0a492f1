import * as React from 'react';
import type { IContextualMenuProps } from '@fluentui/react';

// Every Fluent button imports the ContextualMenu (with its callout and positioning: about 30 KB gzip) in case
// it has a menu; the build gives buttons this module in its place, so the menu arrives when one first opens.
const Menu = React.lazy(() => import(/* webpackChunkName: 'contextual-menu' */ './ContextualMenuChunk').then((module) => ({ default: module.ContextualMenu })));

/** Fluent's ContextualMenu, loaded when a button first opens one; it takes focus as it mounts, as it would have. */
export function ContextualMenu(props: IContextualMenuProps): JSX.Element {
  return (
    <React.Suspense fallback={null}>
      <Menu {...props} />
    </React.Suspense>
  );
}
