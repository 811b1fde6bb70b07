import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import { AuthProvider } from '../features/auth/AuthProvider';
import { I18nProvider } from '../lib/i18n';
import { createQueryClient } from './query-client';
import { AppRoutes } from './routes';

/** Language outermost so even the login page and loading screens are translated. */
export function App() {
  // One client per mounted app (not a module global) so tests and hot reloads start with an empty cache.
  const [queryClient] = useState(createQueryClient);
  return (
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <AuthProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </AuthProvider>
      </QueryClientProvider>
    </I18nProvider>
  );
}
