import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setUnauthorizedHandler } from './app/api-client';
import { initI18n, initialLocale } from './app/i18n/i18n';
import { Providers } from './app/providers';
import { createQueryClient } from './app/query-client';
import { createAppRouter } from './app/router';

const queryClient = createQueryClient();
const router = createAppRouter(queryClient);

// A session that ends mid-visit (expired, signed out elsewhere) sends the user back to sign in.
setUnauthorizedHandler(() => {
  if (router.state.location.pathname === '/login') return;
  const here = router.state.location.href;
  void router.navigate({ to: '/login', search: { redirect: here } }).then(() => queryClient.clear());
});

async function start(): Promise<void> {
  await initI18n(initialLocale());
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  createRoot(container).render(
    <StrictMode>
      <Providers queryClient={queryClient}>
        <RouterProvider router={router} />
      </Providers>
    </StrictMode>,
  );
}

void start();
