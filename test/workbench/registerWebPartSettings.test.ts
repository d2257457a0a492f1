import { chosenRegister, withChosenViews } from '../../src/apps/register/registerChoice';
import { registers } from '../../src/domain/registers';
import { offeredRegisters } from '../../src/domain/registers/offeredRegisters';
import { registerPane } from '../../src/webparts/register/registerPane';

type Group = ReturnType<typeof registerPane>['configuration']['pages'][number]['groups'][number];
const fieldsOf = (group: Group): unknown[] => ('groupFields' in group ? group.groupFields : []);

describe('the register web part’s settings, as data', () => {
  it('offer every register whose screen needs no app of its own, by title, each loading its own screen', async () => {
    expect(offeredRegisters.map((offered) => offered.name)).toEqual(['urgentCareReferrals', 'dataBreaches']);
    for (const offered of offeredRegisters) {
      const screen = await offered.screen();
      expect(screen.register).toBe(registers.find((register) => register.name === offered.name));
      expect([offered.title, offered.description]).toEqual([screen.register.title, screen.register.description]);
    }
    const [page] = registerPane({}, undefined).configuration.pages;
    const [choice] = fieldsOf(page.groups[0]) as Array<{ type: number; targetProperty: string; properties: { options: Array<{ key: string }> } }>;
    // PropertyPaneFieldType.Dropdown, as SPFx's PropertyPaneDropdown writes it.
    expect(choice).toMatchObject({ type: 6, targetProperty: 'register' });
    expect(choice.properties.options.map((option) => option.key)).toEqual(offeredRegisters.map((offered) => offered.name));
    // Nothing to choose views of until a register is chosen.
    expect(page.groups).toHaveLength(1);
  });

  it('offer the chosen register’s views as SPFx checkboxes, each ticked until a site owner unticks it', async () => {
    const screen = await offeredRegisters[1].screen();
    const pane = registerPane({ register: screen.register.name, views: { [screen.views[1].id]: false } }, screen);
    const views = fieldsOf(pane.configuration.pages[0].groups[1]) as Array<{ type: number; targetProperty: string }>;
    expect(views.map((field) => [field.type, field.targetProperty])).toEqual(screen.views.map((view) => [2, `views.${view.id}`]));
    expect(pane.properties.views).toEqual(Object.fromEntries(screen.views.map((view, index) => [view.id, index !== 1])));
    // The views of a register loaded before the choice changed are not offered for the new one.
    expect(registerPane({ register: offeredRegisters[0].name }, screen).configuration.pages[0].groups).toHaveLength(1);
  });

  it('show the chosen register with the views left ticked, in the declared order', async () => {
    const screen = await offeredRegisters[1].screen();
    const shown = withChosenViews(screen, { register: screen.register.name, views: { [screen.views[0].id]: false } });
    expect(shown.views.map((view) => view.id)).toEqual(screen.views.slice(1).map((view) => view.id));
    // Unticking every view shows them all: a register screen with no view would show nothing.
    expect(withChosenViews(screen, { views: Object.fromEntries(screen.views.map((view) => [view.id, false])) }).views).toHaveLength(screen.views.length);
  });

  it('take settings that are not what the web part writes as not chosen, and name a register this version does not have', () => {
    expect(chosenRegister(undefined)).toEqual({ kind: 'unchosen' });
    expect(chosenRegister({ register: 42, views: 'all' })).toEqual({ kind: 'unchosen' });
    expect(chosenRegister({ register: 'asbestosRegister' })).toEqual({ kind: 'unknown', name: 'asbestosRegister' });
    expect(chosenRegister({ register: 'dataBreaches' })).toMatchObject({ kind: 'chosen', offered: { title: 'Personal Data Breaches' } });
  });
});
