import type { Register } from '../../domain/lists/defineList';
import type { RegisterScreenDeclaration } from '../../domain/lists/registerScreen';
import type { ViewContext } from '../../domain/lists/registerViews';
import { registerScreens } from '../../domain/registers';

/** A register any register web part can show, with its screen. */
export type OfferedScreen = RegisterScreenDeclaration<Register, ViewContext>;

/** What a site owner chose in the register web part's settings: a register by its code name, and which of its views to show. */
export type RegisterWebPartProperties = {
  register?: string;
  /** Each view's id, and whether it is shown; a view not named is shown. */
  views?: Readonly<Record<string, boolean>>;
};

export const offeredScreens: readonly OfferedScreen[] = registerScreens;

export type ScreenChoice = { kind: 'chosen'; screen: OfferedScreen } | { kind: 'unchosen' } | { kind: 'unknown'; name: string };

/** The settings as a page stored them: whatever is not what the web part writes there is taken as not chosen. */
export function readProperties(properties: Readonly<Record<string, unknown>> | undefined): RegisterWebPartProperties {
  const register = properties?.register;
  const views = properties?.views;
  const shown = typeof views === 'object' && views !== null ? Object.entries(views).filter((entry): entry is [string, boolean] => typeof entry[1] === 'boolean') : [];
  return { ...(typeof register === 'string' && register ? { register } : {}), views: Object.fromEntries(shown) };
}

/** The screen the settings choose, with only the views they show (every view, when they would leave none). */
export function chosenScreen(properties: Readonly<Record<string, unknown>> | undefined): ScreenChoice {
  const { register, views = {} } = readProperties(properties);
  if (!register) return { kind: 'unchosen' };
  const screen = offeredScreens.find((candidate) => candidate.register.name === register);
  if (!screen) return { kind: 'unknown', name: register };
  const shown = screen.views.filter((view) => views[view.id] !== false);
  return { kind: 'chosen', screen: shown.length ? { ...screen, views: shown } : screen };
}
