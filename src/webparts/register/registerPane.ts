import type { IPropertyPaneCheckboxProps, IPropertyPaneConfiguration, IPropertyPaneDropdownProps, IPropertyPaneField, PropertyPaneFieldType } from '@microsoft/sp-property-pane';
import { readProperties, type RegisterWebPartProperties } from '../../apps/register/registerChoice';
import type { RegisterScreenDeclaration } from '../../domain/lists/registerScreen';
import { offeredRegisters } from '../../domain/registers/offeredRegisters';

// The fields as SPFx's own PropertyPaneDropdown and PropertyPaneCheckbox build them (plain objects, with the
// documented field types): importing those helpers would make the web part load sp-property-pane with the page.
const dropdownType: PropertyPaneFieldType.Dropdown = 6;
const checkboxType: PropertyPaneFieldType.CheckBox = 2;

export interface RegisterPane {
  configuration: IPropertyPaneConfiguration;
  /** The settings with every view of the chosen register named, so each view's box starts ticked unless it was hidden. */
  properties: RegisterWebPartProperties;
}

/**
 * What a site owner is offered: which register, then which of its views (all shown until one is unticked),
 * from the chosen register's screen once it has loaded.
 */
export function registerPane(stored: Readonly<Record<string, unknown>>, chosen: RegisterScreenDeclaration | undefined): RegisterPane {
  const properties = readProperties(stored);
  const screen = chosen?.register.name === properties.register ? chosen : undefined;
  const register: IPropertyPaneField<IPropertyPaneDropdownProps> = {
    type: dropdownType,
    targetProperty: 'register',
    properties: { label: 'Register', options: offeredRegisters.map((offered) => ({ key: offered.name, text: offered.title })) }
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
