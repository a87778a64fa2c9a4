import { useEffect, useRef, useState } from 'react';
import type { ParseResult } from '../../exchange/parse';
import { QrCollector, type ScanProgress } from '../../exchange/qr';
import { createQrDecoder, type QrDecoder } from './qrDecoder';

export interface QrScannerProps {
  /** Called once all codes of one set are read (checked like any file). */
  onComplete: (result: ParseResult, total: number, decoder: string) => void;
}

const SCAN_EVERY_MS = 120;
const MAX_SIDE = 720;

function cameraProblem(error: unknown): string {
  const name = (error as { name?: string } | undefined)?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') {
    return 'The camera was not allowed. To scan, allow this site to use the camera in the browser’s settings, or take the answers in as a file instead.';
  }
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'This device has no camera the app can use. Take the answers in as a file instead.';
  if (name === 'DecoderError') return 'The code reader could not be started on this device. Take the answers in as a file instead.';
  if (name === 'NotReadableError') return 'The camera is in use by another app. Close it, then try again, or take the answers in as a file instead.';
  return 'The camera could not be started. Take the answers in as a file instead.';
}

/**
 * Reads QR codes from the device camera (getUserMedia, nothing leaves the device) and collects a
 * numbered sequence in any order. Only the camera permission is needed.
 */
export function QrScanner({ onComplete }: QrScannerProps) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState('');
  const [progress, setProgress] = useState<ScanProgress>();
  const [notice, setNotice] = useState('');
  const [decoderName, setDecoderName] = useState('');
  const done = useRef(false);

  useEffect(() => {
    if (!navigator.mediaDevices?.getUserMedia) {
      setProblem('This browser cannot use the camera here (the app needs to be opened over https). Take the answers in as a file instead.');
      return;
    }
    let stream: MediaStream | undefined;
    let frame = 0;
    let last = 0;
    let stopped = false;
    const collector = new QrCollector();
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    let decoder: QrDecoder | undefined;
    let busy = false;

    const tick = (now: number) => {
      if (stopped) return;
      frame = requestAnimationFrame(tick);
      const video = videoRef.current;
      if (!video || !context || !decoder || busy || video.readyState < 2 || now - last < SCAN_EVERY_MS) return;
      last = now;
      const scale = Math.min(1, MAX_SIDE / Math.max(video.videoWidth, video.videoHeight));
      canvas.width = Math.round(video.videoWidth * scale);
      canvas.height = Math.round(video.videoHeight * scale);
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      const image = context.getImageData(0, 0, canvas.width, canvas.height);
      busy = true;
      void decoder
        .decode(image, canvas)
        .then((bytes) => {
          if (bytes && !stopped) take(bytes);
        })
        .catch(() => undefined)
        .finally(() => {
          busy = false;
        });
    };

    const take = (bytes: Uint8Array) => {
      const outcome = collector.addBytes(bytes);
      if (outcome.kind === 'foreign') {
        setNotice('That code is not from this app.');
        return;
      }
      if (outcome.kind === 'misread') {
        setNotice('A code was not read cleanly: hold the camera steady.');
        return;
      }
      setNotice('');
      setProgress(outcome.progress);
      if (outcome.progress.complete && !done.current) {
        done.current = true;
        stopped = true;
        stream?.getTracks().forEach((t) => t.stop());
        onComplete(collector.result(outcome.progress.set), outcome.progress.total, decoder?.name ?? '');
      }
    };

    const starting = createQrDecoder().catch(() => {
      throw Object.assign(new Error('decoder'), { name: 'DecoderError' });
    });
    Promise.all([starting, navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false })])
      .then(async ([ready, media]) => {
        decoder = ready;
        setDecoderName(ready.name);
        if (stopped) {
          media.getTracks().forEach((t) => t.stop());
          return;
        }
        stream = media;
        const video = videoRef.current!;
        video.srcObject = media;
        await video.play().catch(() => undefined);
        frame = requestAnimationFrame(tick);
      })
      .catch((error: unknown) => setProblem(cameraProblem(error)));

    return () => {
      stopped = true;
      cancelAnimationFrame(frame);
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, [onComplete]);

  if (problem) {
    return (
      <div className="nhsuk-warning-callout" data-testid="camera-problem">
        <h3 className="nhsuk-warning-callout__label">
          <span role="text">
            <span className="nhsuk-u-visually-hidden">Important: </span>
            The camera is not available
          </span>
        </h3>
        <p>{problem}</p>
      </div>
    );
  }

  return (
    <div className="app-scanner">
      <video ref={videoRef} className="app-scanner__video" muted playsInline aria-label="Camera view for scanning QR codes" />
      <p className="app-scanner__status" role="status" aria-live="polite" data-testid="scan-progress" data-decoder={decoderName}>
        {progress
          ? progress.complete
            ? `All ${progress.total} codes read.`
            : `${progress.have} of ${progress.total} codes read. Still to scan: ${progress.missing.join(', ')}.`
          : 'Point the camera at the first code.'}
        {notice && ` ${notice}`}
      </p>
    </div>
  );
}
