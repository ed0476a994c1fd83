/**
 * The desk's "scan with the camera" button and its panel: the camera's picture (a choice of
 * camera when there are several), decoded a few times a second; when a voucher's QR is read the
 * camera is stopped, the panel closes and the QR text goes to the desk, which looks it up as it
 * does a scanner's. No camera, a refused permission and a QR that is not a voucher's are said in
 * the shop's words. The decoding lives in the small modules beside this one.
 */
import { CameraOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Modal, Select, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  cameraConstraints,
  cameraProblemOf,
  camerasOf,
  mediaDevicesOf,
  stopStream,
  type CameraChoice,
  type CameraProblem,
} from './camera-access';
import { chooseQrDetector, nativeDetectorClass } from './detector';
import { startFrameLoop, type FrameLoop } from './frame-loop';
import { readScan } from './scan-text';
import { loadWasmDetector } from './wasm-detector';

/** Four decodes a second: quick enough for a phone held up, light on a counter's old PC. */
const FRAME_INTERVAL_MS = 250;
/** Decodes failing in a row before the decoder is reported broken (one may fail on a fresh frame). */
const MAX_FAILED_DECODES = 20;

type Phase =
  | { kind: 'starting' }
  | { kind: 'scanning'; notVoucher: boolean }
  | { kind: 'problem'; problem: CameraProblem | 'decoder' };

export function CameraScanner({ onVoucherQr }: { onVoucherQr: (qrText: string) => void }) {
  const { t } = useTranslation('offers');
  const [open, setOpen] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [cameraId, setCameraId] = useState<string | undefined>(undefined);
  const [cameras, setCameras] = useState<CameraChoice[]>([]);
  const [phase, setPhase] = useState<Phase>({ kind: 'starting' });
  // The <video> lives in the panel, mounted only while it is open.
  const video = useRef<HTMLVideoElement | null>(null);
  const [videoMounted, setVideoMounted] = useState(false);
  const found = useRef<string | null>(null);

  useEffect(() => {
    const element = video.current;
    if (!open || !videoMounted || !element) return;
    let cancelled = false;
    let stream: MediaStream | null = null;
    let loop: FrameLoop | null = null;

    void (async () => {
      const devices = mediaDevicesOf();
      if (!devices) {
        setPhase({ kind: 'problem', problem: 'no_camera' });
        return;
      }
      try {
        stream = await devices.getUserMedia(cameraConstraints(cameraId));
      } catch (error) {
        if (!cancelled) setPhase({ kind: 'problem', problem: cameraProblemOf(error) });
        return;
      }
      if (cancelled) {
        stopStream(stream);
        return;
      }
      const [listed, chosen] = await Promise.all([
        devices.enumerateDevices().then(camerasOf, () => []),
        chooseQrDetector({ native: nativeDetectorClass(), loadWasm: loadWasmDetector }).catch(
          () => null,
        ),
      ]);
      if (cancelled) return;
      setCameras(listed);
      if (!chosen) {
        stopStream(stream);
        setPhase({ kind: 'problem', problem: 'decoder' });
        return;
      }
      element.srcObject = stream;
      element.play().catch(() => undefined);
      setPhase({ kind: 'scanning', notVoucher: false });
      let failures = 0;
      loop = startFrameLoop({
        intervalMs: FRAME_INTERVAL_MS,
        decode: async () => {
          // No picture yet (HAVE_CURRENT_DATA): nothing to decode.
          if (element.readyState < 2) return [];
          const codes = await chosen.detector.detect(element);
          failures = 0;
          return codes.map((code) => code.rawValue);
        },
        onTexts: (texts) => {
          const scan = readScan(texts);
          if (scan.kind === 'other') {
            setPhase({ kind: 'scanning', notVoucher: true });
            return 'continue';
          }
          found.current = scan.text;
          setOpen(false);
          return 'stop';
        },
        onError: () => {
          failures += 1;
          if (failures < MAX_FAILED_DECODES) return 'continue';
          setPhase({ kind: 'problem', problem: 'decoder' });
          return 'stop';
        },
      });
    })();

    return () => {
      cancelled = true;
      loop?.stop();
      stopStream(stream);
      element.srcObject = null;
    };
  }, [open, videoMounted, cameraId, attempt]);

  const problem = phase.kind === 'problem' ? phase.problem : null;
  const cameraOptions = cameras.map((camera, index) => ({
    value: camera.deviceId,
    label: camera.label || t('camera.unnamed', { n: index + 1 }),
  }));

  return (
    <>
      <Button
        icon={<CameraOutlined />}
        onClick={() => {
          found.current = null;
          setPhase({ kind: 'starting' });
          setOpen(true);
        }}
      >
        {t('camera.open')}
      </Button>
      <Modal
        open={open}
        title={t('camera.title')}
        destroyOnHidden
        focusable={{ focusTriggerAfterClose: false }}
        onCancel={() => setOpen(false)}
        afterClose={() => {
          const text = found.current;
          found.current = null;
          if (text !== null) onVoucherQr(text);
        }}
        footer={
          <Flex gap={8} justify="flex-end">
            {problem ? (
              <Button
                onClick={() => {
                  setPhase({ kind: 'starting' });
                  setAttempt((n) => n + 1);
                }}
              >
                {t('camera.retry')}
              </Button>
            ) : null}
            <Button onClick={() => setOpen(false)}>{t('camera.close')}</Button>
          </Flex>
        }
      >
        <Flex vertical gap={12}>
          {cameraOptions.length > 1 ? (
            <Flex vertical gap={4}>
              <label htmlFor="desk-camera-choice">{t('camera.choose')}</label>
              <Select
                id="desk-camera-choice"
                value={cameraId ?? cameraOptions[0]?.value}
                options={cameraOptions}
                onChange={(value: string) => {
                  setPhase({ kind: 'starting' });
                  setCameraId(value);
                }}
              />
            </Flex>
          ) : null}
          <video
            ref={(element) => {
              video.current = element;
              setVideoMounted(element !== null);
            }}
            aria-label={t('camera.video')}
            muted
            playsInline
            style={{
              display: problem ? 'none' : 'block',
              width: '100%',
              aspectRatio: '4 / 3',
              background: '#000',
              borderRadius: 8,
              objectFit: 'contain',
            }}
          />
          <div aria-live="polite">
            {phase.kind === 'starting' ? (
              <Typography.Text type="secondary">{t('camera.starting')}</Typography.Text>
            ) : null}
            {phase.kind === 'scanning' ? (
              <Typography.Text>{t('camera.hint')}</Typography.Text>
            ) : null}
            {phase.kind === 'scanning' && phase.notVoucher ? (
              <Alert
                style={{ marginTop: 8 }}
                type="warning"
                showIcon
                message={t('camera.notVoucher')}
              />
            ) : null}
            {problem ? (
              <Alert
                type="error"
                showIcon
                role="alert"
                message={t(`camera.problem.${problem}.title`)}
                description={t(`camera.problem.${problem}.help`)}
              />
            ) : null}
          </div>
        </Flex>
      </Modal>
    </>
  );
}
