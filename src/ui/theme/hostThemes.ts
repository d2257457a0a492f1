import { createTheme, type Theme } from '@fluentui/react';
import { DarkTheme, TeamsTheme } from '@fluentui/theme-samples';

/** Teams reports one of these as app.theme in its context, and again whenever the user switches. */
export type TeamsThemeName = 'default' | 'dark' | 'contrast';

/** Teams' high-contrast palette: white on black, yellow for actions and links, cyan for focus and hover. */
const contrastTheme: Theme = createTheme({
  isInverted: true,
  palette: {
    themePrimary: '#ffff01',
    themeLighterAlt: '#000000',
    themeLighter: '#1a1a00',
    themeLight: '#333300',
    themeTertiary: '#999900',
    themeSecondary: '#e6e600',
    themeDarkAlt: '#1aebff',
    themeDark: '#1aebff',
    themeDarker: '#1aebff',
    neutralLighterAlt: '#0a0a0a',
    neutralLighter: '#141414',
    neutralLight: '#262626',
    neutralQuaternaryAlt: '#333333',
    neutralQuaternary: '#3d3d3d',
    neutralTertiaryAlt: '#7a7a7a',
    neutralTertiary: '#c8c8c8',
    neutralSecondary: '#ffffff',
    neutralPrimaryAlt: '#ffffff',
    neutralPrimary: '#ffffff',
    neutralDark: '#ffffff',
    black: '#ffffff',
    white: '#000000'
  },
  semanticColors: {
    bodyBackground: '#000000',
    bodyText: '#ffffff',
    link: '#ffff01',
    linkHovered: '#1aebff',
    primaryButtonBackground: '#ffff01',
    primaryButtonBackgroundHovered: '#1aebff',
    primaryButtonBackgroundPressed: '#1aebff',
    primaryButtonText: '#000000',
    primaryButtonTextHovered: '#000000',
    primaryButtonTextPressed: '#000000',
    buttonBorder: '#ffffff',
    inputBorder: '#ffffff',
    focusBorder: '#1aebff',
    errorText: '#ff8080',
    messageText: '#ffffff'
  }
});

/**
 * Fluent's Teams sample greys its secondary text to #9f9797 (2.8:1 on white, under WCAG AA's 4.5:1);
 * Teams itself uses #616161 (6.2:1).
 */
const teamsDefaultTheme: Theme = createTheme({
  palette: { ...TeamsTheme.palette, neutralSecondary: '#616161', neutralPrimaryAlt: '#484644' }
});

const teamsThemes: Record<TeamsThemeName, Theme> = {
  default: teamsDefaultTheme,
  dark: DarkTheme,
  contrast: contrastTheme
};

/** The Fluent UI theme that matches a Teams theme name; unknown names (a future Teams theme) fall back to default. */
export function themeForTeams(name: string | undefined): Theme {
  return teamsThemes[name as TeamsThemeName] ?? teamsThemes.default;
}
