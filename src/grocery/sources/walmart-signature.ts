import { createPrivateKey, createSign, type KeyObject } from 'node:crypto';

/** The credentials Walmart issues for the Affiliate API (`WALMART_*`). */
export interface WalmartCredentials {
  /** `WALMART_CONSUMER_ID` */
  consumerId: string;
  /** `WALMART_PRIVATE_KEY`: the RSA private key in PEM; literal `\n` escapes (one-line env files) are accepted. */
  privateKey: string;
  /** `WALMART_KEY_VERSION`: the version Walmart gave the uploaded public key. */
  keyVersion: string;
}

/** The four headers that authenticate one request. */
export interface WalmartAuthHeaders {
  'WM_CONSUMER.ID': string;
  'WM_CONSUMER.INTIMESTAMP': string;
  'WM_SEC.KEY_VERSION': string;
  'WM_SEC.AUTH_SIGNATURE': string;
}

/** Signs requests with a parsed key. */
export type WalmartSigner = (timestampMs: number) => WalmartAuthHeaders;

/** The exact bytes Walmart verifies: consumer id, timestamp and key version, each followed by a newline. */
export function stringToSign(consumerId: string, timestampMs: number, keyVersion: string): string {
  return `${consumerId}\n${timestampMs}\n${keyVersion}\n`;
}

/**
 * Parses the private key once and returns a signer. The signature is RSA-SHA256 (PKCS#1 v1.5)
 * of {@link stringToSign}, base64-encoded. A key that does not parse throws an error naming the
 * variable and never quoting the key.
 *
 * @example
 * const sign = createWalmartSigner({ consumerId, privateKey: process.env.WALMART_PRIVATE_KEY!, keyVersion: '1' });
 * const headers = sign(Date.now()); // { 'WM_CONSUMER.ID': ..., 'WM_SEC.AUTH_SIGNATURE': 'kX3...' }
 */
export function createWalmartSigner(credentials: WalmartCredentials): WalmartSigner {
  const key = parsePrivateKey(credentials.privateKey);
  return (timestampMs) => {
    const signer = createSign('RSA-SHA256');
    signer.update(stringToSign(credentials.consumerId, timestampMs, credentials.keyVersion));
    return {
      'WM_CONSUMER.ID': credentials.consumerId,
      'WM_CONSUMER.INTIMESTAMP': String(timestampMs),
      'WM_SEC.KEY_VERSION': credentials.keyVersion,
      'WM_SEC.AUTH_SIGNATURE': signer.sign(key, 'base64'),
    };
  };
}

/** A PEM private key (PKCS#8 or PKCS#1), written with real newlines or with `\n` escapes. */
export function parsePrivateKey(pem: string): KeyObject {
  const text = pem.includes('\\n') ? pem.replace(/\\r\\n|\\n/g, '\n') : pem;
  try {
    const key = createPrivateKey({ key: text.trim(), format: 'pem' });
    if (key.asymmetricKeyType !== 'rsa') throw new Error(`an ${key.asymmetricKeyType ?? 'unknown'} key`);
    return key;
  } catch (err) {
    // The cause's message is about the format, never the key itself.
    throw new Error(`WALMART_PRIVATE_KEY is not an RSA private key in PEM format (${err instanceof Error ? err.message : 'unreadable'})`);
  }
}
