import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Account and admin pages are lazy-loaded; their first import in a test run includes transforming
// react-aria-components, which can take longer than the default second.
configure({ asyncUtilTimeout: 5000 });

afterEach(cleanup);
