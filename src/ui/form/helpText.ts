import { mergeStyles } from '@fluentui/react';

/** Help text people can read: Fluent's own is 10 px. */
export const helpTextStyles = { description: { fontSize: 14, lineHeight: 20 } };

/** The same size for help text a control cannot show itself (dropdowns, checkboxes). */
export const helpTextClass = mergeStyles({ fontSize: 14, lineHeight: 20, margin: '4px 0 0' });
