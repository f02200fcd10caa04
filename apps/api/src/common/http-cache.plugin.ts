// The Nest driver loads Apollo's ES module build, so its types come from there too.
import type { ApolloServerPlugin } from '@apollo/server' with { 'resolution-mode': 'import' };
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { PERSISTED_OPERATION_HEADER } from './persisted-operations';

/**
 * Operations whose anonymous answer is the same for every visitor and changes only when a course
 * version is released: a browser or CDN may keep it a minute, and serve it a while longer while
 * it checks again.
 */
const PUBLIC_OPERATIONS = new Set(['Catalog', 'CourseOutline']);
const PUBLIC = 'public, max-age=60, stale-while-revalidate=600';

/**
 * A POST's answer is the viewer's own and never stored. A GET of a persisted operation carries an
 * ETag (Express's, from the body), so a repeat is answered 304 when nothing changed: the public
 * catalog and course outline may be cached by anyone when asked anonymously, anything else only
 * by the asking browser, which checks each time. Apollo's cache control would work this out per
 * field, but it wraps every field resolver to collect hints no type gives, which costs a fifth of
 * a course page and a third of a cohort report page; it is off instead.
 */
export function httpCachePlugins(sessionCookie: string): ApolloServerPlugin[] {
  return [
    ApolloServerPluginCacheControlDisabled() as ApolloServerPlugin,
    {
      async requestDidStart() {
        return {
          async willSendResponse({ request, response }) {
            const headers = response.http.headers;
            if (request.http?.method !== 'GET' || !request.http.headers.get(PERSISTED_OPERATION_HEADER)) {
              headers.set('cache-control', 'no-store');
              return;
            }
            const anonymous = !request.http.headers.get('authorization') && !request.http.headers.get('cookie')?.includes(`${sessionCookie}=`);
            const failed = response.body.kind === 'single' && response.body.singleResult.errors !== undefined;
            const shared = anonymous && !failed && PUBLIC_OPERATIONS.has(request.operationName ?? '');
            headers.set('cache-control', shared ? PUBLIC : 'private, no-cache');
            headers.set('vary', 'Cookie, Authorization');
          },
        };
      },
    },
  ];
}
