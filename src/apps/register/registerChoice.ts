import type { OfferedRegister, RegisterScreenDeclaration } from '../../domain/lists/registerScreen';
import { offeredRegisters } from '../../domain/registers/offeredRegisters';

/** What a site owner chose in the register web part's settings: a register by its code name, and which of its views to show. */
export type RegisterWebPartProperties = {
  register?: string;
  /** Each view's id, and whether it is shown; a view not named is shown. */
  views?: Readonly<Record<string, boolean>>;
};

/** The settings as a page stored them: whatever is not what the web part writes there is taken as not chosen. */
export function readProperties(properties: Readonly<Record<string, unknown>> | undefined): RegisterWebPartProperties {
  const register = properties?.register;
  const views = properties?.views;
  const shown = typeof views === 'object' && views !== null ? Object.entries(views).filter((entry): entry is [string, boolean] => typeof entry[1] === 'boolean') : [];
  return { ...(typeof register === 'string' && register ? { register } : {}), views: Object.fromEntries(shown) };
}

export type RegisterChoice = { kind: 'chosen'; offered: OfferedRegister } | { kind: 'unchosen' } | { kind: 'unknown'; name: string };

/** The register the settings choose, from those the web part offers. */
export function chosenRegister(properties: Readonly<Record<string, unknown>> | undefined): RegisterChoice {
  const { register } = readProperties(properties);
  if (!register) return { kind: 'unchosen' };
  const offered = offeredRegisters.find((candidate) => candidate.name === register);
  return offered ? { kind: 'chosen', offered } : { kind: 'unknown', name: register };
}

/** The register's screen with only the views the settings show (every view, when they would leave none). */
export function withChosenViews(screen: RegisterScreenDeclaration, properties: Readonly<Record<string, unknown>> | undefined): RegisterScreenDeclaration {
  const { views = {} } = readProperties(properties);
  const shown = screen.views.filter((view) => views[view.id] !== false);
  return shown.length ? { ...screen, views: shown } : screen;
}
