import * as React from 'react';
import { GlobalSettings, registerIcons } from '@fluentui/react';

// Each set is registered once, however many modules that draw its icons load: Fluent's own registry
// cannot be read back where there is no window (Node, in tests), so it is not the only guard.
const registeredSets = new WeakSet<object>();

/**
 * Registers those of these icons that nothing on the page has registered yet: a SharePoint page that
 * registered Fluent's icon font keeps its own (Fluent ignores a second registration, and warns about it).
 */
export function registerMissingIcons(icons: Readonly<Record<string, React.ComponentType>>): void {
  if (registeredSets.has(icons)) return;
  registeredSets.add(icons);
  // Fluent keeps its registry, by lower-case name, in the page's global settings under "icons".
  const registered = GlobalSettings.getValue<Record<string, unknown>>('icons', {});
  const missing = Object.entries(icons).filter(([name]) => !registered[name.toLowerCase()]);
  if (missing.length) registerIcons({ icons: Object.fromEntries(missing.map(([name, Icon]) => [name, React.createElement(Icon)])) });
}
