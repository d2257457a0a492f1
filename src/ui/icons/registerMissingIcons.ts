import * as React from 'react';
import { GlobalSettings, registerIcons } from '@fluentui/react';

/**
 * Registers those of these icons that nothing on the page has registered yet: a SharePoint page that
 * registered Fluent's icon font keeps its own (Fluent ignores a second registration, and warns about it).
 */
export function registerMissingIcons(icons: Readonly<Record<string, React.ComponentType>>): void {
  // Fluent keeps its registry, by lower-case name, in the page's global settings under "icons".
  const registered = GlobalSettings.getValue<Record<string, unknown>>('icons', {});
  const missing = Object.entries(icons).filter(([name]) => !registered[name.toLowerCase()]);
  if (missing.length) registerIcons({ icons: Object.fromEntries(missing.map(([name, Icon]) => [name, React.createElement(Icon)])) });
}
