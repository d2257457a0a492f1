import { themeForTeams } from '../../src/ui/theme/hostThemes';

describe('themeForTeams', () => {
  it('gives a light theme for Teams default', () => {
    const theme = themeForTeams('default');
    expect(theme.isInverted).toBe(false);
    expect(theme.semanticColors.bodyBackground.toLowerCase()).toMatch(/^#fff(fff)?$/);
  });

  it('gives an inverted theme for Teams dark', () => {
    expect(themeForTeams('dark').isInverted).toBe(true);
  });

  it('gives white on black with yellow actions for Teams high contrast', () => {
    const theme = themeForTeams('contrast');
    expect(theme.isInverted).toBe(true);
    expect(theme.semanticColors.bodyBackground).toBe('#000000');
    expect(theme.semanticColors.bodyText).toBe('#ffffff');
    expect(theme.semanticColors.primaryButtonBackground).toBe('#ffff01');
  });

  it('falls back to the default theme for a name Teams may add later', () => {
    expect(themeForTeams('sepia')).toBe(themeForTeams('default'));
    expect(themeForTeams(undefined)).toBe(themeForTeams('default'));
  });
});
