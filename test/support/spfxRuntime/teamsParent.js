// Plays Microsoft Teams around a tab: the frame named "embedded-page-container" holds the SharePoint page, and
// this page answers teams-js's messages as the Teams client does. It answers only what it knows, and records
// every call so a test can see what the tab asked.
(function () {
  'use strict';
  var settings = JSON.parse(document.getElementById('custodian-teams-settings').textContent);
  var frame = document.getElementsByName('embedded-page-container')[0];
  var child = function () { return frame.contentWindow; };
  var childOrigin = new URL(frame.src).origin;
  window.__teamsCalls = [];
  var theme = settings.theme;

  var runtimeConfig = JSON.stringify({
    apiVersion: 4,
    hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
    isLegacyTeams: false,
    supports: { app: {}, appInstallDialog: {}, pages: { appButton: {}, tabs: {}, config: {}, backStack: {}, fullTrust: {} }, teamsCore: {} }
  });

  function context() {
    return {
      locale: 'en-GB',
      theme: theme,
      entityId: settings.entityId,
      subEntityId: settings.subPageId || '',
      frameContext: 'content',
      hostClientType: 'web',
      hostName: 'Teams',
      appId: settings.appId,
      appSessionId: '4a1b7c2d-8e3f-4a5b-9c6d-7e8f9a0b1c2d',
      tid: settings.tenantId,
      userObjectId: settings.userObjectId,
      userPrincipalName: settings.userPrincipalName,
      loginHint: settings.userPrincipalName,
      teamId: settings.teamId,
      channelId: settings.channelId,
      teamName: 'Data stewards',
      channelName: 'Data quality',
      sessionId: '5b2c8d3e-9f4a-4b6c-8d7e-8f9a0b1c2d3e',
      isFullScreen: false,
      isMultiWindow: false,
      userLicenseType: 'Unknown',
      ringId: 'general',
      teamSiteUrl: settings.siteUrl
    };
  }

  var answers = {
    initialize: function () { return ['content', 'web', runtimeConfig, '2.36.0']; },
    getContext: function () { return [context()]; },
    registerHandler: function () { return undefined; },
    'appInitialization.appLoaded': function () { return undefined; },
    'appInitialization.success': function () { return undefined; },
    'appInitialization.failure': function () { return undefined; }
  };

  window.addEventListener('message', function (event) {
    if (event.source !== child() || !event.data || typeof event.data.func !== 'string') return;
    var message = event.data;
    window.__teamsCalls.push({ func: message.func, args: message.args });
    var answer = answers[message.func];
    if (!answer) {
      window.__teamsUnanswered = (window.__teamsUnanswered || []).concat(message.func);
      return;
    }
    var args = answer(message.args);
    if (args !== undefined) child().postMessage({ id: message.id, uuidAsString: message.uuidAsString, args: args }, childOrigin);
  });

  // Teams tells a tab that its theme changed.
  window.__setTeamsTheme = function (name) {
    theme = name;
    child().postMessage({ func: 'themeChange', args: [name] }, childOrigin);
  };
})();
