import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { RequireAccess } from './components/RequireAccess.tsx';
import { Layout } from './layout/Layout.tsx';
import { ADMIN_ONLY } from './navigation.ts';
import { AgencyPage } from './pages/AgencyPage.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { OpenDataPage } from './pages/OpenDataPage.tsx';
import { PlanItemPage } from './pages/PlanItemPage.tsx';
import { RatingPage } from './pages/RatingPage.tsx';
import { StrategyPage } from './pages/StrategyPage.tsx';

// Pages behind sign-in load on demand, so visitors download only the public pages.
const AccountPage = lazy(() =>
  import('./pages/AccountPage.tsx').then((m) => ({ default: m.AccountPage })),
);
const NotificationsPage = lazy(() =>
  import('./pages/NotificationsPage.tsx').then((m) => ({ default: m.NotificationsPage })),
);
const UsersPage = lazy(() =>
  import('./pages/admin/UsersPage.tsx').then((m) => ({ default: m.UsersPage })),
);
const AgenciesPage = lazy(() =>
  import('./pages/admin/AgenciesPage.tsx').then((m) => ({ default: m.AgenciesPage })),
);
const AuditPage = lazy(() =>
  import('./pages/admin/AuditPage.tsx').then((m) => ({ default: m.AuditPage })),
);
const JobsPage = lazy(() =>
  import('./pages/admin/JobsPage.tsx').then((m) => ({ default: m.JobsPage })),
);

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="login" element={<LoginPage />} />
        <Route path="strategy" element={<StrategyPage />} />
        <Route path="strategy/items/:number" element={<PlanItemPage />} />
        <Route path="strategy/rating" element={<RatingPage />} />
        <Route path="strategy/agencies/:id" element={<AgencyPage />} />
        <Route path="opendata" element={<OpenDataPage />} />
        <Route
          path="account"
          element={
            <RequireAccess access="signed-in">
              <AccountPage />
            </RequireAccess>
          }
        />
        <Route
          path="notifications"
          element={
            <RequireAccess access="signed-in">
              <NotificationsPage />
            </RequireAccess>
          }
        />
        <Route path="admin">
          <Route
            path="users"
            element={
              <RequireAccess access={ADMIN_ONLY}>
                <UsersPage />
              </RequireAccess>
            }
          />
          <Route
            path="agencies"
            element={
              <RequireAccess access={ADMIN_ONLY}>
                <AgenciesPage />
              </RequireAccess>
            }
          />
          <Route
            path="audit"
            element={
              <RequireAccess access={ADMIN_ONLY}>
                <AuditPage />
              </RequireAccess>
            }
          />
          <Route
            path="jobs"
            element={
              <RequireAccess access={ADMIN_ONLY}>
                <JobsPage />
              </RequireAccess>
            }
          />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
