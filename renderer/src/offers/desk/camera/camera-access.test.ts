import { describe, expect, it } from 'vitest';
import {
  cameraConstraints,
  cameraProblemOf,
  camerasOf,
  mediaDevicesOf,
  stopStream,
} from './camera-access';

describe('cameraConstraints', () => {
  it('asks for video only, the back camera unless one was chosen', () => {
    expect(cameraConstraints().audio).toBe(false);
    expect(cameraConstraints().video).toMatchObject({ facingMode: { ideal: 'environment' } });
    expect(cameraConstraints('cam-2')).toEqual({
      audio: false,
      video: { deviceId: { exact: 'cam-2' } },
    });
  });
});

describe('cameraProblemOf', () => {
  it('tells a refused permission, a missing camera and a busy one apart', () => {
    const cases: Array<[string, string]> = [
      ['NotAllowedError', 'denied'],
      ['SecurityError', 'denied'],
      ['NotFoundError', 'no_camera'],
      ['OverconstrainedError', 'no_camera'],
      ['NotReadableError', 'busy'],
      ['AbortError', 'busy'],
      ['TypeError', 'failed'],
    ];
    for (const [name, problem] of cases) {
      expect(cameraProblemOf(new DOMException('x', name)), name).toBe(problem);
    }
    expect(cameraProblemOf({ name: 'NotAllowedError' })).toBe('denied');
    expect(cameraProblemOf('weird')).toBe('failed');
    expect(cameraProblemOf(null)).toBe('failed');
  });
});

describe('camerasOf', () => {
  it('lists the video inputs only, with their labels', () => {
    expect(
      camerasOf([
        { kind: 'audioinput', deviceId: 'mic', label: 'Microphone' },
        { kind: 'videoinput', deviceId: 'front', label: 'Front camera' },
        { kind: 'videoinput', deviceId: '', label: '' },
        { kind: 'videoinput', deviceId: 'usb', label: '' },
      ]),
    ).toEqual([
      { deviceId: 'front', label: 'Front camera' },
      { deviceId: 'usb', label: '' },
    ]);
  });
});

describe('mediaDevicesOf and stopStream', () => {
  it('finds no camera API where the page has none (an insecure page, an old browser)', () => {
    expect(mediaDevicesOf({})).toBeNull();
    expect(mediaDevicesOf({ navigator: {} as Navigator })).toBeNull();
  });
  it('stops every track of the stream', () => {
    const stopped: string[] = [];
    const track = (id: string) => ({ stop: () => stopped.push(id) });
    stopStream({ getTracks: () => [track('a'), track('b')] } as unknown as MediaStream);
    stopStream(null);
    expect(stopped).toEqual(['a', 'b']);
  });
});
