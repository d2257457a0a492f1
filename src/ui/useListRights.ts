import type { SPFI } from '@pnp/sp';
import type { ListRights } from '../data/listPermissions';
import { useLoad } from './useLoad';

/**
 * What the signed-in person may do with a list's items. Nothing is offered until SharePoint has said: a button
 * that appears late is better than one that fails on save. PnPjs's permission calls are not on the way to a
 * first screen's rows: they load beside them.
 */
export function useListRights(sp: SPFI, listTitle: string): ListRights {
  const [rights] = useLoad(async () => {
    const { listRights } = await import(/* webpackChunkName: 'list-permissions' */ '../data/listPermissions');
    return listRights(sp, listTitle);
  }, [sp, listTitle]);
  return rights.state === 'ready' ? rights.value : { add: false, edit: false };
}
