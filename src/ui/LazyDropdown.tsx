import * as React from 'react';
import { mergeStyleSets, Text, useTheme, type IDropdownProps } from '@fluentui/react';

// Fluent's Dropdown brings a panel (its small-screen form), check boxes and a focus trap: about 15 KB gzip
// that a first screen with filters on it need not wait for. It arrives while the screen reads its data.
const Dropdown = React.lazy(() => import(/* webpackChunkName: 'dropdown' */ './DropdownChunk').then((module) => ({ default: module.Dropdown })));

/** Fluent's Dropdown, loaded when first shown; until it arrives a box of its size under its label holds its place. */
export function LazyDropdown(props: IDropdownProps): JSX.Element {
  return (
    <React.Suspense fallback={<DropdownPlaceholder label={props.label} />}>
      <Dropdown {...props} />
    </React.Suspense>
  );
}

function DropdownPlaceholder({ label }: { label: string | undefined }): JSX.Element {
  const { semanticColors } = useTheme();
  const styles = mergeStyleSets({
    label: { display: 'block', padding: '5px 0', fontWeight: 600 },
    box: { height: 32, border: `1px solid ${semanticColors.inputBorder}`, borderRadius: 2, boxSizing: 'border-box' }
  });
  return (
    <div aria-busy="true">
      {label && <Text className={styles.label}>{label}</Text>}
      <div className={styles.box} />
    </div>
  );
}
