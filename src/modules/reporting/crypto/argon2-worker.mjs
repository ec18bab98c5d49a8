// Runs argon2id off the main thread: each derivation costs tens of megabytes and about a tenth
// of a second, which on the event loop would stall every other request (and invite floods).
import { parentPort } from 'node:worker_threads';
import sodium from 'libsodium-wrappers-sumo';

await sodium.ready;

parentPort.on('message', ({ id, secret, salt, length, ops, mem }) => {
  try {
    const out = sodium.crypto_pwhash(
      length,
      secret,
      salt,
      ops,
      mem,
      sodium.crypto_pwhash_ALG_ARGON2ID13,
    );
    parentPort.postMessage({ id, out }, [out.buffer]);
  } catch (err) {
    parentPort.postMessage({ id, error: String(err) });
  }
});
