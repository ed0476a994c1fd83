import { describe, expect, it } from 'vitest';
import { decidePermissionCheck, decidePermissionRequest } from './permissions';

const app = ['app://console'];
const appAndDev = ['app://console', 'http://localhost:5173'];

describe('decidePermissionRequest', () => {
  it('grants the camera, video only, to the app own top frame', () => {
    expect(
      decidePermissionRequest(
        'media',
        {
          requestingUrl: 'app://console/index.html#/offers',
          isMainFrame: true,
          mediaTypes: ['video'],
        },
        app,
      ),
    ).toBe(true);
    expect(
      decidePermissionRequest(
        'media',
        { requestingUrl: 'http://localhost:5173/', isMainFrame: true, mediaTypes: ['video'] },
        appAndDev,
      ),
    ).toBe(true);
  });

  it('denies the microphone, alone or with the camera, and a request that names no media', () => {
    const url = 'app://console/';
    for (const mediaTypes of [['audio'], ['video', 'audio'], [], undefined]) {
      expect(
        decidePermissionRequest(
          'media',
          { requestingUrl: url, isMainFrame: true, mediaTypes },
          app,
        ),
        String(mediaTypes),
      ).toBe(false);
    }
  });

  it('denies the camera to any other origin and to a frame inside the page', () => {
    for (const requestingUrl of [
      'https://evil.example/',
      'http://localhost:5173/',
      'file:///C:/page.html',
      'about:srcdoc',
      'not a url',
    ]) {
      expect(
        decidePermissionRequest(
          'media',
          { requestingUrl, isMainFrame: true, mediaTypes: ['video'] },
          app,
        ),
        requestingUrl,
      ).toBe(false);
    }
    expect(
      decidePermissionRequest(
        'media',
        { requestingUrl: 'app://console/', isMainFrame: false, mediaTypes: ['video'] },
        app,
      ),
    ).toBe(false);
  });

  it('leaves every other permission to the policy: the few the console uses, nothing else', () => {
    const facts = { requestingUrl: 'app://console/', isMainFrame: true };
    expect(decidePermissionRequest('clipboard-sanitized-write', facts, app)).toBe(true);
    for (const permission of [
      'geolocation',
      'notifications',
      'midi',
      'display-capture',
      'openExternal',
      'hid',
    ]) {
      expect(decidePermissionRequest(permission, facts, app), permission).toBe(false);
    }
    expect(
      decidePermissionRequest(
        'clipboard-sanitized-write',
        { requestingUrl: 'https://evil.example/' },
        app,
      ),
    ).toBe(false);
  });
});

describe('decidePermissionCheck', () => {
  it('says yes to a video check by the app and no to audio, unknown or another origin', () => {
    const url = 'app://console/';
    expect(decidePermissionCheck('media', { requestingUrl: url, mediaType: 'video' }, app)).toBe(
      true,
    );
    expect(decidePermissionCheck('media', { requestingUrl: url, mediaType: 'audio' }, app)).toBe(
      false,
    );
    expect(decidePermissionCheck('media', { requestingUrl: url, mediaType: 'unknown' }, app)).toBe(
      false,
    );
    expect(decidePermissionCheck('media', { requestingUrl: url }, app)).toBe(false);
    expect(
      decidePermissionCheck(
        'media',
        { requestingUrl: 'https://evil.example/', mediaType: 'video' },
        app,
      ),
    ).toBe(false);
    expect(
      decidePermissionCheck(
        'media',
        { requestingUrl: url, mediaType: 'video', isMainFrame: false },
        app,
      ),
    ).toBe(false);
  });

  it('answers other checks by the policy', () => {
    expect(
      decidePermissionCheck('persistent-storage', { requestingUrl: 'app://console/' }, app),
    ).toBe(true);
    expect(decidePermissionCheck('geolocation', { requestingUrl: 'app://console/' }, app)).toBe(
      false,
    );
  });
});
