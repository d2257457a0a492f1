/** A setting a site can change, with the default the apps use when it does not. */
export interface WholeNumberSetting {
  /** The Title of its item in the Custodian Settings list. */
  title: string;
  description: string;
  min: number;
  max: number;
  default: number;
}

/** Working days a directorate has to send an FOI request's information back to the FOI officers. */
export const foiDirectorateDays: WholeNumberSetting = {
  title: 'FOI directorate working days',
  description: 'Working days a directorate has to send the information back, leaving the FOI officers time to draft the response.',
  min: 1,
  max: 19,
  default: 10
};

export interface SettingValue {
  value: number;
  /** Why the stored value was not used (the default was), in plain English. */
  problem?: string;
}

/** The value to use: the site's, when it is a whole number in range; otherwise the default, saying why. */
export function wholeNumberSetting(setting: WholeNumberSetting, stored: string | undefined): SettingValue {
  if (stored === undefined || stored.trim() === '') return { value: setting.default };
  const value = Number(stored.trim());
  if (Number.isInteger(value) && value >= setting.min && value <= setting.max) return { value };
  return {
    value: setting.default,
    problem: `The site's setting "${setting.title}" is "${stored}", which is not a whole number from ${setting.min} to ${setting.max}: ${setting.default} is used instead.`
  };
}
