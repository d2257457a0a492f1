// The page a council's site would serve around a web part, reduced to what SPFx needs: the loader started
// from preloaded data, then (once the loader hands over the root service scope) the page context filled
// and one web part loaded into #webpart, on a SharePoint page or, framed by Teams, in a tab.
/* global spModuleLoader */
(function () {
  'use strict';
  var settings = JSON.parse(document.getElementById('custodian-host-settings').textContent);
  var info = settings.preloaded.spPageContextInfo;

  function fillPageContext(host) {
    var fullMask = { High: 2147483647, Low: 4294967295 };
    host.scope.consume(host.pageContext.PageContext.serviceKey).initialize(
      {
        site: { absoluteUrl: info.siteAbsoluteUrl, serverRelativeUrl: info.siteServerRelativeUrl, id: info.siteId, correlationId: info.CorrelationId },
        web: { absoluteUrl: info.webAbsoluteUrl, serverRelativeUrl: info.webServerRelativeUrl, id: info.webId, title: info.webTitle, language: 2057, templateName: 'SITEPAGEPUBLISHING', permissions: fullMask },
        user: { displayName: info.userDisplayName, email: info.userEmail, loginName: info.userLoginName, isAnonymousGuestUser: false, isExternalGuestUser: false },
        cultureInfo: { currentCultureName: info.currentCultureName, currentUICultureName: info.currentUICultureName, isRightToLeft: false },
        aadInfo: { tenantId: info.aadTenantId, userId: info.aadUserId, instanceUrl: 'https://login.microsoftonline.com' }
      },
      info
    );
  }

  function loadWebPart(host) {
    var base = host.webPartBase;
    var manifest = settings.preloaded.manifests.filter(function (candidate) { return candidate.id === settings.webPartId; })[0];
    var webPartHost = settings.teams ? new base._TeamsAwareWebPartHost(host.scope) : new base._MinimalWebPartHost(host.scope);
    var manager = new base._ClientSideWebPartManager(webPartHost);
    var instanceId = '6f2c8a51-3b7d-4e0a-9c1f-2d4e6a8b0c13';
    return manager.loadWebPart({
      domElement: document.getElementById('webpart'),
      instanceId: instanceId,
      manifest: manifest,
      displayMode: host.coreLibrary.DisplayMode.Read,
      webPartData: { id: manifest.id, instanceId: instanceId, title: manifest.preconfiguredEntries[0].title.default, properties: settings.properties, dataVersion: '1.0' }
    });
  }

  window.addEventListener('spfx-host-ready', function () {
    var host = window.__spfxHost;
    Promise.resolve()
      .then(function () { fillPageContext(host); return loadWebPart(host); })
      .then(
        function () { document.body.setAttribute('data-web-part', 'loaded'); },
        function (error) {
          document.body.setAttribute('data-web-part', 'failed');
          console.error('The web part did not load: ' + ((error && (error.stack || error.message)) || JSON.stringify(error)));
        }
      );
  });
  spModuleLoader.start(settings.preloaded, function (error) {
    document.body.setAttribute('data-web-part', 'failed');
    console.error('SPFx did not start: ' + ((error && (error.stack || error.message)) || error));
  });
})();
