/** safeStorage as the secret store's cipher: the OS keychain (DPAPI, Keychain, libsecret). */
import { safeStorage } from 'electron';
import type { SecretCipher } from './secret-store';

export const osCipher: SecretCipher = {
  // On Linux without a keyring Electron falls back to a fixed key ("basic_text"): not a secret.
  isAvailable: () =>
    safeStorage.isEncryptionAvailable() &&
    !(process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text'),
  encrypt: (plain) => safeStorage.encryptString(plain),
  decrypt: (encrypted) => safeStorage.decryptString(encrypted),
};
