import { useTranslation } from 'react-i18next';
import { NotBuiltYet } from '../components/NotBuiltYet';
import type { Route } from '../routing/routes';
import { pageRegistry } from './page-registry';

/** Picks the page for a route from the page registry; parts not built yet say so. */
export function PageRouter({ route }: { route: Route }) {
  const { t } = useTranslation();
  if (route.page === 'newProfile') {
    const NewProfile = pageRegistry.newProfile.component;
    return <NewProfile />;
  }
  const Page = pageRegistry[route.page].component;
  return Page ? <Page /> : <NotBuiltYet page={t(`nav.${route.page}`)} />;
}
