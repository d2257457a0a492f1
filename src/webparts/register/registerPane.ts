import { offeredScreens, readProperties, type RegisterWebPartProperties } from '../../apps/register/registerChoice';

/** One setting in the web part's property pane, as data: the web part draws each with SPFx's own controls. */
export type PaneField =
  | { kind: 'dropdown'; property: 'register'; label: string; options: ReadonlyArray<{ key: string; text: string }> }
  | { kind: 'checkbox'; property: `views.${string}`; text: string };

export interface RegisterPane {
  description: string;
  groups: ReadonlyArray<{ name: string; fields: readonly PaneField[] }>;
  /** The settings with every view of the chosen register named, so each view's box starts ticked unless it was hidden. */
  properties: RegisterWebPartProperties;
}

/** What a site owner is offered: which register, then which of its views (all shown until one is unticked). */
export function registerPane(stored: Readonly<Record<string, unknown>>): RegisterPane {
  const properties = readProperties(stored);
  const screen = offeredScreens.find((candidate) => candidate.register.name === properties.register);
  const register: PaneField = { kind: 'dropdown', property: 'register', label: 'Register', options: offeredScreens.map((offered) => ({ key: offered.register.name, text: offered.register.title })) };
  const views = screen?.views.map((view): PaneField => ({ kind: 'checkbox', property: `views.${view.id}`, text: `${view.title}: ${view.description}` })) ?? [];
  return {
    description: 'Choose the register this web part shows, and which of its views. Who may add, change or import items is SharePoint’s say, from the list’s permissions.',
    groups: [{ name: 'Register', fields: [register] }, ...(views.length ? [{ name: 'Views to show', fields: views }] : [])],
    properties: { ...properties, views: Object.fromEntries((screen?.views ?? []).map((view) => [view.id, properties.views?.[view.id] !== false])) }
  };
}
