import JsdomEnvironment from 'jest-environment-jsdom';

/**
 * jsdom has no fetch. The apps reach SharePoint through PnPjs, which uses fetch, so app tests get Node's
 * own fetch and its companions, talking to real HTTP servers on loopback.
 */
export default class JsdomWithFetchEnvironment extends JsdomEnvironment {
  async setup(): Promise<void> {
    await super.setup();
    Object.assign(this.global, {
      fetch,
      Headers,
      Request,
      Response,
      AbortController,
      AbortSignal,
      TextEncoder,
      TextDecoder
    });
  }
}
