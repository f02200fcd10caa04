// The Nest driver loads Apollo's ES module build, so its types come from there too.
import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

/**
 * Every answer is the viewer's own, so none may be stored by a browser or proxy. Apollo's cache
 * control would say so too, but it wraps every field resolver to collect hints no type gives,
 * which costs a fifth of a course page and a third of a cohort report page; it is off instead.
 */
export function noStorePlugins(): ApolloServerPlugin[] {
  return [
    ApolloServerPluginCacheControlDisabled() as ApolloServerPlugin,
    {
      async requestDidStart() {
        return {
          async willSendResponse({ response }) {
            response.http.headers.set('cache-control', 'no-store');
          },
        };
      },
    },
  ];
}
