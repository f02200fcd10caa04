import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { appRoutes } from './app/app-routes';
import { createGraphqlClient } from './app/graphql-client';
import { registerServiceWorker } from './app/offline/service-worker';
import { SessionProvider } from './app/session/SessionProvider';
import './app/styles.css';
import './ui/controls.css';

const router = createBrowserRouter(appRoutes);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// As a transition the first render yields to the browser every few milliseconds instead of holding
// the main thread in one long task, so a phone stays responsive while the app starts.
startTransition(() =>
  createRoot(root).render(
    <StrictMode>
      <SessionProvider createClient={createGraphqlClient}>
        <RouterProvider router={router} />
      </SessionProvider>
    </StrictMode>,
  ),
);

if (import.meta.env.PROD) registerServiceWorker();
