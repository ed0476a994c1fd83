/**
 * Opening the camera for the desk: video only (never the microphone), the back camera where a
 * device has one, a chosen one by its id; the cameras to choose from; and what a failure means
 * to the shop, from the DOMException getUserMedia rejects with.
 */

export type CameraProblem = 'no_camera' | 'denied' | 'busy' | 'failed';

/** The constraints for getUserMedia: video only, of `deviceId` when one was chosen. */
export function cameraConstraints(deviceId?: string): MediaStreamConstraints {
  return {
    audio: false,
    video: deviceId
      ? { deviceId: { exact: deviceId } }
      : { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } },
  };
}

/** What went wrong, as the desk tells it, from getUserMedia's error. */
export function cameraProblemOf(error: unknown): CameraProblem {
  const name = error instanceof Error || isNamed(error) ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return 'no_camera';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'busy';
    default:
      return 'failed';
  }
}

function isNamed(value: unknown): value is { name: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { name?: unknown }).name === 'string'
  );
}

export interface CameraChoice {
  deviceId: string;
  /** The browser's label; empty before the camera was allowed. */
  label: string;
}

/** The cameras the browser lists (their labels once the camera is allowed). */
export function camerasOf(
  devices: readonly Pick<MediaDeviceInfo, 'kind' | 'deviceId' | 'label'>[],
): CameraChoice[] {
  return devices
    .filter((device) => device.kind === 'videoinput' && device.deviceId !== '')
    .map((device) => ({ deviceId: device.deviceId, label: device.label }));
}

/** The media devices of this page, or null where there are none (no camera API at all). */
export function mediaDevicesOf(scope: { navigator?: Navigator } = globalThis): MediaDevices | null {
  const devices = scope.navigator?.mediaDevices;
  return devices && typeof devices.getUserMedia === 'function' ? devices : null;
}

/** Stops every track of a stream: the camera's light goes off. */
export function stopStream(stream: MediaStream | null): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}
