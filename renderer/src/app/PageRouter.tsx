import { useTranslation } from 'react-i18next';
import { NotBuiltYet } from '../components/NotBuiltYet';
import { DashboardPage } from '../dashboard/DashboardPage';
import { MenuPage } from '../menu/MenuPage';
import { SettingsPage } from '../settings/SettingsPage';
import { SyncPage } from '../sync/pages/SyncPage';
import { NewProfilePage } from '../vendors/NewProfilePage';
import type { Route } from '../routing/routes';

/** Picks the page for a route; parts not built yet say so. */
export function PageRouter({ route }: { route: Route }) {
  const { t } = useTranslation();
  switch (route.page) {
    case 'dashboard':
      return <DashboardPage />;
    case 'menu':
      return <MenuPage />;
    case 'sync':
      return <SyncPage />;
    case 'settings':
      return <SettingsPage />;
    case 'newProfile':
      return <NewProfilePage />;
    default:
      return <NotBuiltYet page={t(`nav.${route.page}`)} />;
  }
}
