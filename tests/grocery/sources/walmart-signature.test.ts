import { createVerify, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createWalmartSigner, stringToSign } from '../../../src/grocery/sources/walmart-signature.js';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
const pkcs1 = privateKey.export({ type: 'pkcs1', format: 'pem' }) as string;

const verifies = (text: string, signature: string) => createVerify('RSA-SHA256').update(text).verify(publicKey, signature, 'base64');

describe('Walmart request signing', () => {
  it('sends the four WM_ headers with an RSA-SHA256 signature of "id\\ntimestamp\\nversion\\n"', () => {
    const headers = createWalmartSigner({ consumerId: 'c0ffee-01', privateKey: pkcs8, keyVersion: '2' })(1_594_389_945_813);
    expect(Object.keys(headers).sort()).toEqual(['WM_CONSUMER.ID', 'WM_CONSUMER.INTIMESTAMP', 'WM_SEC.AUTH_SIGNATURE', 'WM_SEC.KEY_VERSION']);
    expect(headers).toMatchObject({ 'WM_CONSUMER.ID': 'c0ffee-01', 'WM_CONSUMER.INTIMESTAMP': '1594389945813', 'WM_SEC.KEY_VERSION': '2' });
    expect(stringToSign('c0ffee-01', 1_594_389_945_813, '2')).toBe('c0ffee-01\n1594389945813\n2\n');
    expect(verifies('c0ffee-01\n1594389945813\n2\n', headers['WM_SEC.AUTH_SIGNATURE'])).toBe(true);
    // Bound to its timestamp: replayed with another one it no longer verifies.
    expect(verifies('c0ffee-01\n1594389945814\n2\n', headers['WM_SEC.AUTH_SIGNATURE'])).toBe(false);
  });

  it('accepts the key with literal \\n escapes (a one-line env file) and in PKCS#1 form', () => {
    for (const pem of [pkcs8.replace(/\n/g, '\\n'), pkcs1, pkcs1.replace(/\n/g, '\\n')]) {
      const headers = createWalmartSigner({ consumerId: 'c', privateKey: pem, keyVersion: '1' })(42);
      expect(verifies('c\n42\n1\n', headers['WM_SEC.AUTH_SIGNATURE'])).toBe(true);
    }
  });

  it('refuses a key that is not an RSA private key, naming the variable and not quoting the key', () => {
    const bogus = '-----BEGIN PRIVATE KEY-----\nTk9UQUtFWQ==\n-----END PRIVATE KEY-----';
    expect(() => createWalmartSigner({ consumerId: 'c', privateKey: bogus, keyVersion: '1' })).toThrow(/WALMART_PRIVATE_KEY/);
    try {
      createWalmartSigner({ consumerId: 'c', privateKey: bogus, keyVersion: '1' });
    } catch (err) {
      expect(String((err as Error).message)).not.toContain('Tk9UQUtFWQ');
    }
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    expect(() => createWalmartSigner({ consumerId: 'c', privateKey: ec, keyVersion: '1' })).toThrow(/not an RSA private key/);
  });
});
