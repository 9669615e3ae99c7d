// What the page loads when a room is started or joined (web/shell/room.js imports it on demand, so
// a first visit stays as light as before): the room client (room.js over Yjs and Hocuspocus)
// and the QR code of the room link. Bundled into the site as together.js (cmake/web.cmake).
import QRCode from 'qrcode';

export { createRoom, endRoom, idTagFor, openRoom, roomFromLink, roomLink } from './room.js';
export { seed } from './plan_doc.js';

// The link's QR code as modules: {size, bits} (size × size, row by row, "1" dark).
export function qrModules(text) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  let bits = '';
  for (let i = 0; i < modules.data.length; i++) bits += modules.data[i] ? '1' : '0';
  return { size: modules.size, bits };
}

// Whether a room can be joined: "ok", "unknown-room", "room-ended", or "no-server" (no sync
// server answers for rooms here).
export async function roomStatus(server, room) {
  const res = await fetch(`${server.replace(/\/$/, '')}/rooms/${room}`, { cache: 'no-store' });
  if (res.status === 200) return 'ok';
  if (res.status === 410) return 'room-ended';
  const body = await res.json().catch(() => null);
  return body && body.error === 'unknown-room' ? 'unknown-room' : 'no-server';
}
