// One report as the intake form sends it: the report JSON, the solved challenge and one photo.
const CATEGORY = 'bribery';

export function reportJson(i: number) {
  return JSON.stringify({
    category: CATEGORY,
    title: `Bribe at the registration office (${i})`,
    text: `The head of the department asked for 20,000 som to register the land plot; case ${i}. The photo shows the envelope on the desk.`,
  });
}

const BOUNDARY = '----akniet-bench-reporting';

/** The multipart/form-data body a browser would send, for app.inject (built before timing). */
export function multipartBody(
  report: string,
  challenge: string,
  nonce: string,
  file: { name: string; bytes: Buffer },
) {
  const field = (name: string, value: string) =>
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const head = Buffer.from(
    field('report', report) +
      field('challenge', challenge) +
      field('nonce', nonce) +
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: image/jpeg\r\n\r\n`,
  );
  return {
    payload: Buffer.concat([head, file.bytes, Buffer.from(`\r\n--${BOUNDARY}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
  };
}
