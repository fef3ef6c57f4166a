import { create } from 'qrcode';

interface QrCodeProps {
  value: string;
  /** The image's accessible name. */
  label: string;
  className?: string;
}

const QUIET_ZONE = 4;

/**
 * A QR code drawn as SVG here in the browser: the link it carries never goes to a third-party
 * service. Dark modules on white with the standard quiet zone, so phones read it in any theme.
 */
export default function QrCode({ value, label, className }: QrCodeProps) {
  const { modules } = create(value, { errorCorrectionLevel: 'M' });
  const size = modules.size + QUIET_ZONE * 2;
  let path = '';
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) {
      if (modules.data[row * modules.size + column]) {
        path += `M${column + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
      }
    }
  }
  return (
    <svg
      className={className ?? 'qr-code'}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
