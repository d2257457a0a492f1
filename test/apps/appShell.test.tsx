import * as React from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTheme } from '@fluentui/react';
import { spForSite } from '../../src/data/sharePoint';
import { pageLinks, type Services } from '../../src/apps/services';
import { dataWikiApp as shellOnlyApp } from '../../src/apps/dataWiki/dataWikiApp';
import { sharePointError, startScriptedServer, type ScriptedServer } from '../support/scriptedServer';

describe('an app connecting to its SharePoint site', () => {
  let server: ScriptedServer;
  let services: Services;

  beforeEach(async () => {
    server = await startScriptedServer();
    const siteUrl = `${server.origin}/sites/custodian`;
    services = {
      sp: spForSite(siteUrl),
      siteUrl,
      theme: createTheme({}),
      clock: () => new Date('2026-07-01T13:05:00Z'),
      host: 'workbench',
      links: pageLinks('http://127.0.0.1/workbench')
    };
  });
  afterEach(() => server.close());

  function answerAsSharePoint(): void {
    server.answer('/sites/custodian/_api/web', {
      status: 200,
      body: {
        Title: 'Adult Social Care',
        Url: services.siteUrl,
        CurrentUser: { Id: 7, Title: 'Sam Okafor', Email: 'sam.okafor@council.example', LoginName: 'i:0#.f|membership|sam' }
      }
    });
  }

  it('names itself, says it is connecting, then shows who is signed in to which site, in UK time', async () => {
    answerAsSharePoint();
    render(<shellOnlyApp.Component services={services} />);

    expect(screen.getByRole('heading', { name: 'Data Wiki' })).toBeInTheDocument();
    expect(screen.getByText('Connecting to SharePoint…')).toBeInTheDocument();
    const connected = await screen.findByText(/Signed in as/);
    expect(connected).toHaveTextContent(
      `Signed in as Sam Okafor (sam.okafor@council.example) on Adult Social Care at ${services.siteUrl}. Checked at 14:05.`
    );
  });

  it('explains that SharePoint cannot be reached, and connects when asked to try again', async () => {
    server.answer('/sites/custodian/_api/web', {
      status: 404,
      body: sharePointError('-2147024894, System.IO.FileNotFoundException', 'File Not Found.')
    });
    render(<shellOnlyApp.Component services={services} />);

    expect(await screen.findByText('Cannot reach SharePoint.')).toBeInTheDocument();
    expect(screen.getByText(/Details for IT: HTTP 404\. File Not Found\./)).toBeInTheDocument();
    expect(screen.queryByText(/Signed in as/)).not.toBeInTheDocument();

    answerAsSharePoint();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByText(/Signed in as/)).toHaveTextContent('Sam Okafor');
    expect(screen.queryByText('Cannot reach SharePoint.')).not.toBeInTheDocument();
  });
});
