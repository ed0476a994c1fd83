/** What a call to the platform's online-only routes needs: its address and this device's token. */
export interface PlatformAccess {
  platformUrl: string;
  token: string;
}
