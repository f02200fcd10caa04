import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { Provider } from 'urql';
import { appRoutes } from './app/app-routes';
import { createGraphqlClient } from './app/graphql-client';
import './app/styles.css';

const router = createBrowserRouter(appRoutes);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <Provider value={createGraphqlClient()}>
      <RouterProvider router={router} />
    </Provider>
  </StrictMode>,
);
