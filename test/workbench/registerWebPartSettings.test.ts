import { chosenScreen, offeredScreens } from '../../src/apps/register/registerChoice';
import { registers } from '../../src/domain/registers';
import { registerPane } from '../../src/webparts/register/registerPane';

const first = offeredScreens[0];
type Group = ReturnType<typeof registerPane>['configuration']['pages'][number]['groups'][number];
const fieldsOf = (group: Group): unknown[] => ('groupFields' in group ? group.groupFields : []);

describe('the register web part’s settings, as data', () => {
  it('offer every register that has a screen, by title, and no other, as an SPFx dropdown', () => {
    const [page] = registerPane({}).configuration.pages;
    const [choice] = fieldsOf(page.groups[0]) as Array<{ type: number; targetProperty: string; properties: { options: Array<{ key: string }> } }>;
    // PropertyPaneFieldType.Dropdown, as SPFx's PropertyPaneDropdown writes it.
    expect(choice).toMatchObject({ type: 6, targetProperty: 'register' });
    expect(choice.properties.options.map((option) => option.key)).toEqual(offeredScreens.map((screen) => screen.register.name));
    for (const { key } of choice.properties.options) expect(registers.map((register) => register.name)).toContain(key);
    // Nothing to choose views of until a register is chosen.
    expect(page.groups).toHaveLength(1);
  });

  it('offer the chosen register’s views as SPFx checkboxes, each ticked until a site owner unticks it', () => {
    const pane = registerPane({ register: first.register.name, views: { [first.views[1].id]: false } });
    const views = fieldsOf(pane.configuration.pages[0].groups[1]) as Array<{ type: number; targetProperty: string }>;
    expect(views.map((field) => [field.type, field.targetProperty])).toEqual(first.views.map((view) => [2, `views.${view.id}`]));
    expect(pane.properties.views).toEqual(Object.fromEntries(first.views.map((view, index) => [view.id, index !== 1])));
  });

  it('show the chosen register with the views left ticked, in the declared order', () => {
    const choice = chosenScreen({ register: first.register.name, views: { [first.views[0].id]: false } });
    expect(choice.kind === 'chosen' && choice.screen.views.map((view) => view.id)).toEqual(first.views.slice(1).map((view) => view.id));
    // Unticking every view shows them all: a register screen with no view would show nothing.
    const none = chosenScreen({ register: first.register.name, views: Object.fromEntries(first.views.map((view) => [view.id, false])) });
    expect(none.kind === 'chosen' && none.screen.views).toHaveLength(first.views.length);
  });

  it('take settings that are not what the web part writes as not chosen, and name a register this version does not have', () => {
    expect(chosenScreen(undefined)).toEqual({ kind: 'unchosen' });
    expect(chosenScreen({ register: 42, views: 'all' })).toEqual({ kind: 'unchosen' });
    expect(chosenScreen({ register: 'asbestosRegister' })).toEqual({ kind: 'unknown', name: 'asbestosRegister' });
  });
});
