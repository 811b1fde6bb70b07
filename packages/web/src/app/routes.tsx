import { Route, Routes } from 'react-router';
import { LoginPage } from '../features/auth/LoginPage';
import { BookingLookupPage } from '../features/bookings/BookingLookupPage';
import { BookingPage } from '../features/bookings/BookingPage';
import { HomePage } from '../features/home/HomePage';
import { AppShell } from './AppShell';
import { DisplayPage, KioskPage, Lazy, PublicDashboardPage, SurveyPage, VerifySuketPage } from './lazy-pages';
import { NotFoundPage } from './NotFoundPage';
import { ProtectedRoute } from './ProtectedRoute';
import { PROTECTED_PAGES } from './protected-pages';

/** URL paths are Indonesian because people share and read them; keep them in step with nav.ts. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/booking" element={<BookingPage />} />
      <Route path="/booking/cek" element={<BookingLookupPage />} />
      <Route
        path="/publik"
        element={
          <Lazy>
            <PublicDashboardPage />
          </Lazy>
        }
      />
      <Route
        path="/verifikasi-suket"
        element={
          <Lazy>
            <VerifySuketPage />
          </Lazy>
        }
      />
      <Route
        path="/tampilan/:pointId"
        element={
          <Lazy>
            <DisplayPage />
          </Lazy>
        }
      />
      <Route
        path="/skm/kiosk/:pointId"
        element={
          <Lazy>
            <KioskPage />
          </Lazy>
        }
      />
      <Route
        path="/skm/:token"
        element={
          <Lazy>
            <SurveyPage />
          </Lazy>
        }
      />
      <Route
        element={
          <ProtectedRoute>
            <AppShell />
          </ProtectedRoute>
        }
      >
        <Route index element={<HomePage />} />
        {PROTECTED_PAGES.map(({ path, action, page }) => (
          <Route key={path} path={path} element={<ProtectedRoute action={action}>{page}</ProtectedRoute>} />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
