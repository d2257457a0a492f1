describe('Custodian’s icon sets', () => {
  it('are registered once, however many modules that draw them ask, with no warning of a second registration', () => {
    jest.useFakeTimers();
    const warnings = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh Fluent registry for this test
      const { registerPanelIcons } = require('../../src/ui/icons/panelIcons') as typeof import('../../src/ui/icons/panelIcons');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { registerFirstScreenIcons } = require('../../src/ui/icons/firstScreenIcons') as typeof import('../../src/ui/icons/firstScreenIcons');
      registerFirstScreenIcons();
      registerPanelIcons();
      registerPanelIcons();
      registerFirstScreenIcons();
    });
    // Fluent says a duplicate a moment later, on a timer.
    jest.runAllTimers();
    expect(warnings.mock.calls.filter(([message]) => /re-registered/.test(String(message)))).toEqual([]);
    warnings.mockRestore();
    jest.useRealTimers();
  });
});
