import { createTheme, type Theme } from '@fluentui/react';
import { themeForTeams } from '../../src/ui/theme/hostThemes';

/** The themes an app meets in production: a plain SharePoint page, and the three Teams themes. */
export const workbenchThemes: ReadonlyArray<{ key: string; text: string; theme: Theme }> = [
  { key: 'sharepoint', text: 'SharePoint (light)', theme: createTheme({}) },
  { key: 'default', text: 'Teams (default)', theme: themeForTeams('default') },
  { key: 'dark', text: 'Teams (dark)', theme: themeForTeams('dark') },
  { key: 'contrast', text: 'Teams (high contrast)', theme: themeForTeams('contrast') }
];
