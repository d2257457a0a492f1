import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { spfi, SPBrowser } from '@pnp/sp';
import { startEmulatorServer } from '../../workbench/emulator/server';

describe('the emulator on its own HTTP port', () => {
  it('serves real PnPjs over the network on any port', async () => {
    const running = await startEmulatorServer(0);
    try {
      const sp = spfi(running.siteUrl).using(SPBrowser({ baseUrl: running.siteUrl }));
      await sp.web.lists.add('Over HTTP', '', 100);
      await sp.web.lists.getByTitle('Over HTTP').items.add({ Title: 'Sent through a socket' });
      expect(await sp.web.lists.getByTitle('Over HTTP').items.select('Title')()).toEqual([
        expect.objectContaining({ Title: 'Sent through a socket' })
      ]);
    } finally {
      await running.close();
    }
  });
});
