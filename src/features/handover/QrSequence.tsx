import QRCode from 'qrcode';
import { useEffect, useRef, useState } from 'react';

export interface QrSequenceProps {
  /** Each code's bytes, shown in QR byte mode. */
  codes: Uint8Array[];
  /** What the codes hold, for the accessible name ("Dami's answers"). */
  label: string;
}

const PLAY_MS = 1800;

/**
 * A numbered sequence of QR codes shown one at a time, large and with a quiet zone, so a tablet
 * camera can read them from arm's length. "Play" steps through them so the scanner needs no hands.
 */
export function QrSequence({ codes, label }: QrSequenceProps) {
  const [index, setIndex] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [failed, setFailed] = useState(false);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const total = codes.length;
  const current = Math.min(index, total - 1);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    QRCode.toCanvas(canvas, [{ data: codes[current]!, mode: 'byte' }], { errorCorrectionLevel: 'M', margin: 4, width: 360 }).then(
      () => setFailed(false),
      () => setFailed(true),
    );
  }, [codes, current]);

  useEffect(() => {
    if (!playing || total < 2) return;
    const timer = setInterval(() => setIndex((i) => (i + 1) % total), PLAY_MS);
    return () => clearInterval(timer);
  }, [playing, total]);

  if (failed) return <p className="nhsuk-error-message">These answers are too long to show as codes. Save them as a file instead.</p>;

  return (
    <figure className="app-qr" aria-label={`${label}: ${total === 1 ? 'one QR code' : `${total} QR codes`}`}>
      <canvas
        ref={canvasRef}
        className="app-qr__code"
        role="img"
        aria-label={`QR code ${current + 1} of ${total}`}
        data-testid="qr-canvas"
        data-index={current + 1}
        data-total={total}
      />
      <figcaption className="app-qr__caption" aria-live={playing ? 'off' : 'polite'}>
        Code {current + 1} of {total}
      </figcaption>
      {total > 1 && (
        <div className="app-button-row app-qr__controls">
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => setIndex((current - 1 + total) % total)} disabled={playing}>
            Previous code
          </button>
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => setIndex((current + 1) % total)} disabled={playing}>
            Next code
          </button>
          <button type="button" className="nhsuk-button nhsuk-button--secondary" aria-pressed={playing} onClick={() => setPlaying((p) => !p)}>
            {playing ? 'Stop' : 'Play through the codes'}
          </button>
        </div>
      )}
      <p className="nhsuk-hint">
        {total > 1
          ? 'Hold the screen up to the other device’s camera. Show each code until it is read, in any order, or press Play.'
          : 'Hold the screen up to the other device’s camera until the code is read.'}
      </p>
    </figure>
  );
}
