import type { IPropertyPaneCheckboxProps, IPropertyPaneConfiguration, IPropertyPaneDropdownProps, IPropertyPaneField, PropertyPaneFieldType } from '@microsoft/sp-property-pane';
import { offeredScreens, readProperties, type RegisterWebPartProperties } from '../../apps/register/registerChoice';

// The fields as SPFx's own PropertyPaneDropdown and PropertyPaneCheckbox build them (plain objects, with the
// documented field types): importing those helpers would make the web part load sp-property-pane with the page.
const dropdownType: PropertyPaneFieldType.Dropdown = 6;
const checkboxType: PropertyPaneFieldType.CheckBox = 2;

export interface RegisterPane {
  configuration: IPropertyPaneConfiguration;
  /** The settings with every view of the chosen register named, so each view's box starts ticked unless it was hidden. */
  properties: RegisterWebPartProperties;
}

/** What a site owner is offered: which register, then which of its views (all shown until one is unticked). */
export function registerPane(stored: Readonly<Record<string, unknown>>): RegisterPane {
  const properties = readProperties(stored);
  const screen = offeredScreens.find((candidate) => candidate.register.name === properties.register);
  const register: IPropertyPaneField<IPropertyPaneDropdownProps> = {
    type: dropdownType,
    targetProperty: 'register',
    properties: { label: 'Register', options: offeredScreens.map((offered) => ({ key: offered.register.name, text: offered.register.title })) }
  };
  const views = (screen?.views ?? []).map(
    (view): IPropertyPaneField<IPropertyPaneCheckboxProps> => ({ type: checkboxType, targetProperty: `views.${view.id}`, properties: { text: `${view.title}: ${view.description}` } })
  );
  return {
    configuration: {
      pages: [
        {
          header: { description: 'Choose the register this web part shows, and which of its views. Who may add, change or import items is SharePoint’s say, from the list’s permissions.' },
          groups: [{ groupName: 'Register', groupFields: [register] }, ...(views.length ? [{ groupName: 'Views to show', groupFields: views }] : [])]
        }
      ]
    },
    properties: { ...properties, views: Object.fromEntries((screen?.views ?? []).map((view) => [view.id, properties.views?.[view.id] !== false])) }
  };
}
