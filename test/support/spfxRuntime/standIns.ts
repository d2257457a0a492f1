/**
 * Small AMD stand-ins for the Microsoft-internal components that SPFx's framework manifests name as
 * dependencies and that are not on npm. Each does only what the read-mode journeys need, and throws,
 * naming itself, when asked for anything else: a call the stand-in cannot honour fails the test loudly.
 */
export interface StandIn {
  id: string;
  version: string;
  alias: string;
  /** The AMD module, as served. */
  source: string;
  /** Components it needs, by the names its define() lists. */
  dependencies?: Record<string, { id: string; version: string }>;
}

const unavailable = (component: string) =>
  `function unavailable(what) { return function () { throw new Error('${component} is a Microsoft-internal component that the offline test host stands in for; ' + what + ' is not available here.'); }; }`;

export const standIns: StandIn[] = [
  {
    // sp-webpart-base's edit-mode telemetry ("customer promise"): web parts here load in Read mode.
    id: '42647dee-1f75-4b9f-b521-5c844a6c35cc',
    version: '0.1.0',
    alias: '@msinternal/sp-edit-customer-promise',
    source: `define('42647dee-1f75-4b9f-b521-5c844a6c35cc_0.1.0', [], function () {
  ${unavailable('@msinternal/sp-edit-customer-promise')}
  return { _EditModeCustomerPromiseHandler: unavailable('_EditModeCustomerPromiseHandler'), _logFailuresForEditCustomerPromise: function () {} };
});`
  },
  {
    // sp-webpart-base queues the "idle load" components a manifest names for when the page is idle.
    id: 'c49ba483-7614-4c5c-b9dd-11b45a5fa280',
    version: '0.1.2',
    alias: '@msinternal/sp-idle-web-task',
    source: `define('c49ba483-7614-4c5c-b9dd-11b45a5fa280_0.1.2', [], function () {
  var timers = {};
  var IdleTaskQueue = { instance: {
    enqueueTask: function (task) { timers[task.id] = setTimeout(function () { delete timers[task.id]; task.task(); }, 0); },
    removeTask: function (id) { clearTimeout(timers[id]); delete timers[id]; }
  } };
  function createPrefetchDependencyQueue(name, dependencies) {
    var cancelled = false;
    return {
      prefetchByPriorityWhenIdle: function () {
        Object.keys(dependencies).forEach(function (key) { if (!cancelled) dependencies[key].prefetch(); });
      },
      cancelPrefetching: function () { cancelled = true; }
    };
  }
  return {
    IdleTaskQueue: IdleTaskQueue,
    IdleTaskPriority: { OPTIONAL_HIGH: 'OPTIONAL_HIGH', OPTIONAL_LOW: 'OPTIONAL_LOW', REQUIRED: 'REQUIRED' },
    PrefetchDependencyPriority: { high: 'high', low: 'low' },
    createPrefetchDependencyQueue: createPrefetchDependencyQueue
  };
});`
  },
  {
    // sp-component-base cleans rich-text web part properties with it: Custodian's web parts have none.
    id: '6d3c733c-8cb7-4871-bb22-b5b37c1d518d',
    version: '0.6.0',
    alias: '@msinternal/sp-safehtml',
    source: `define('6d3c733c-8cb7-4871-bb22-b5b37c1d518d_0.6.0', [], function () {
  ${unavailable('@msinternal/sp-safehtml')}
  return { SafeHtml: {
    isSafeLinkProtocol: function (protocol) { return ['http:', 'https:', 'mailto:'].indexOf(protocol) >= 0; },
    clean: unavailable('SafeHtml.clean')
  } };
});`
  },
  {
    // The loader starts the page's application through it: here the application is the test's host, which
    // takes the root service scope and the framework's modules and hands them to the page.
    id: '4df9bb86-ab0a-4aab-ab5f-48bf167048fb',
    version: '1.23.2',
    alias: '@microsoft/sp-application-base',
    dependencies: {
      '@microsoft/sp-page-context': { id: '1c4541f7-5c31-41aa-9fa8-fbc9dc14c0a8', version: '1.23.2' },
      '@microsoft/sp-webpart-base': { id: '974a7777-0990-4136-8fa6-95d80114c2e0', version: '1.23.2' },
      '@microsoft/sp-core-library': { id: '7263c7d0-1d6a-45ec-8d85-d4d1d234171b', version: '1.23.2' }
    },
    source: `define('4df9bb86-ab0a-4aab-ab5f-48bf167048fb_1.23.2', ['@microsoft/sp-page-context', '@microsoft/sp-webpart-base', '@microsoft/sp-core-library'], function (pageContext, webPartBase, coreLibrary) {
  function Navigator(scope) { this.scope = scope; }
  Navigator.prototype.navigateToApplication = function (preloaded) {
    window.__spfxHost = { scope: this.scope, pageContext: pageContext, webPartBase: webPartBase, coreLibrary: coreLibrary, preloaded: preloaded };
    window.dispatchEvent(new Event('spfx-host-ready'));
    return Promise.resolve();
  };
  return { _Navigator: Navigator };
});`
  }
];
