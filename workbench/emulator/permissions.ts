/**
 * SharePoint's permission model: base permissions as a 64-bit mask (SP.BasePermissions High/Low), the
 * default permission levels (role definitions) built from them, and role assignments that bind a
 * principal (user or group) to role definitions on a securable object (web, list or item).
 */

/** SP.PermissionKind: the bit (1-based) each right occupies in the mask. */
export const PermissionKind = {
  viewListItems: 1,
  addListItems: 2,
  editListItems: 3,
  deleteListItems: 4,
  approveItems: 5,
  openItems: 6,
  viewVersions: 7,
  deleteVersions: 8,
  cancelCheckout: 9,
  managePersonalViews: 10,
  manageLists: 12,
  viewFormPages: 13,
  open: 17,
  viewPages: 18,
  addAndCustomizePages: 19,
  applyThemeAndBorder: 20,
  applyStyleSheets: 21,
  createSSCSite: 23,
  createGroups: 25,
  managePermissions: 26,
  browseDirectories: 27,
  browseUserInfo: 28,
  addDelPrivateWebParts: 29,
  updatePersonalWebParts: 30,
  manageWeb: 31,
  useClientIntegration: 37,
  useRemoteAPIs: 38,
  createAlerts: 40,
  editMyUserInfo: 41,
  enumeratePermissions: 63
} as const;

export type PermissionName = keyof typeof PermissionKind;

/** Unsigned 32-bit halves, as SharePoint writes them. */
export interface BasePermissions {
  high: number;
  low: number;
}

export const emptyMask: BasePermissions = { high: 0, low: 0 };
export const fullMask: BasePermissions = { high: 0x7fffffff, low: 0xffffffff };

export function maskOf(names: readonly PermissionName[]): BasePermissions {
  return names.reduce<BasePermissions>((mask, name) => union(mask, bitOf(PermissionKind[name])), emptyMask);
}

function bitOf(kind: number): BasePermissions {
  const bit = kind - 1;
  return bit < 32 ? { high: 0, low: 2 ** bit } : { high: 2 ** (bit - 32), low: 0 };
}

export function union(a: BasePermissions, b: BasePermissions): BasePermissions {
  return { high: (a.high | b.high) >>> 0, low: (a.low | b.low) >>> 0 };
}

export function grants(mask: BasePermissions, name: PermissionName): boolean {
  const bit = bitOf(PermissionKind[name]);
  return ((mask.high & bit.high) >>> 0) !== 0 || ((mask.low & bit.low) >>> 0) !== 0;
}

export interface RoleDefinition {
  id: number;
  name: string;
  description: string;
  order: number;
  /** SP.RoleType: 0 none (custom), 1 guest, 2 reader, 3 contributor, 4 web designer, 5 administrator, 6 editor. */
  roleTypeKind: number;
  hidden: boolean;
  basePermissions: BasePermissions;
}

const readRights: PermissionName[] = [
  'viewListItems',
  'openItems',
  'viewVersions',
  'viewFormPages',
  'open',
  'viewPages',
  'createSSCSite',
  'browseUserInfo',
  'useClientIntegration',
  'useRemoteAPIs',
  'createAlerts'
];
const contributeRights: PermissionName[] = [
  ...readRights,
  'addListItems',
  'editListItems',
  'deleteListItems',
  'deleteVersions',
  'managePersonalViews',
  'browseDirectories',
  'addDelPrivateWebParts',
  'updatePersonalWebParts',
  'editMyUserInfo'
];
const editRights: PermissionName[] = [...contributeRights, 'manageLists'];
const designRights: PermissionName[] = [...editRights, 'approveItems', 'cancelCheckout', 'addAndCustomizePages', 'applyThemeAndBorder', 'applyStyleSheets'];

/** The permission levels every team site has, with SharePoint's ids. */
export const builtInRoleDefinitions: readonly RoleDefinition[] = [
  { id: 1073741829, name: 'Full Control', description: 'Has full control.', order: 1, roleTypeKind: 5, hidden: false, basePermissions: fullMask },
  { id: 1073741828, name: 'Design', description: 'Can view, add, update, delete, approve, and customize.', order: 32, roleTypeKind: 4, hidden: false, basePermissions: maskOf(designRights) },
  { id: 1073741830, name: 'Edit', description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.', order: 48, roleTypeKind: 6, hidden: false, basePermissions: maskOf(editRights) },
  { id: 1073741827, name: 'Contribute', description: 'Can view, add, update, and delete list items and documents.', order: 64, roleTypeKind: 3, hidden: false, basePermissions: maskOf(contributeRights) },
  { id: 1073741826, name: 'Read', description: 'Can view pages and list items and download documents.', order: 128, roleTypeKind: 2, hidden: false, basePermissions: maskOf(readRights) },
  {
    id: 1073741825,
    name: 'Limited Access',
    description: 'Can view specific lists, document libraries, list items, folders, or documents when given permissions.',
    order: 160,
    roleTypeKind: 1,
    hidden: true,
    basePermissions: maskOf(['viewFormPages', 'open', 'browseUserInfo', 'useClientIntegration', 'useRemoteAPIs'])
  }
];

/** A principal's permission levels on one securable object. */
export interface RoleAssignment {
  principalId: number;
  roleDefinitionIds: number[];
}

/** The names seeds and the workbench use for the three levels a team site's groups get. */
export const roleDefinitionIdByLevel = { read: 1073741826, contribute: 1073741827, fullControl: 1073741829 } as const;
export type Level = keyof typeof roleDefinitionIdByLevel;
