/**
 * Boots the console: language first (so nothing flashes in the wrong one), then the app. A schema
 * upgrade in another window closes this window's databases and reloads it (FACTS.md).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './app/Root';
import { registerServiceWorker } from './app/service-worker';
import { loadInstallationDeviceId } from './db/device';
import { directory, getLanguage } from './db/directory';
import { onSchemaUpgradeElsewhere } from './db/version-change';
import { i18next, initI18n, preferredLanguage } from './i18n';
import { applyLanguage } from './settings/language';
import { requestPersistentStorage } from './settings/storage';

async function boot() {
  await loadInstallationDeviceId();
  const language = preferredLanguage(await getLanguage());
  await initI18n(language);
  await applyLanguage(language);
  onSchemaUpgradeElsewhere(directory, () => {
    window.alert(i18next.t('errors.versionchange'));
    window.location.reload();
  });
  if (__RENDERER_HOST__ === 'web') void requestPersistentStorage();
  registerServiceWorker();
  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing from index.html');
  createRoot(container).render(
    <StrictMode>
      <Root initialLanguage={language} />
    </StrictMode>,
  );
}

void boot();
