// A digitally signed PDF, as an office with a certificate builds it: `signing:` in _issuer.yaml,
// the password in TONGBAO_SIGNING_PASSWORD. The signature is checked by poppler's pdfsig, an
// independent verifier: valid and covering the whole file, invalid once one byte changes; its
// field lies over the printed seal; a missing or wrong password fails with nothing written.
// The certificate is made here, with a Chinese name as an office's has.

import { execFileSync, spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import forge from 'node-forge';
import { beforeAll, describe, expect, it } from 'vitest';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(PROJECT_ROOT, 'bin', 'tongbao.mjs');
const PASSWORD = '测试密码-123';
const OFFICE = '示例市人民政府办公室';
const PDF = join('out', '示例市', '2025-q3', '通报.pdf');
const POINTS_PER_MM = 72 / 25.4;

/** A self-signed certificate for the office and its key in a PKCS#12 file, as a CA would issue. */
function officeCertificate(password: string): Buffer {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  certificate.serialNumber = '01';
  certificate.validity.notBefore = new Date('2025-01-01T00:00:00Z');
  certificate.validity.notAfter = new Date('2035-01-01T00:00:00Z');
  // UTF8String, as CAs issue Chinese names; forge encodes the text itself (its types call the tag a class)
  const name = [
    { shortName: 'CN', value: OFFICE, valueTagClass: forge.asn1.Type.UTF8 },
    { shortName: 'O', value: '示例市', valueTagClass: forge.asn1.Type.UTF8 },
  ] as unknown as forge.pki.CertificateField[];
  certificate.setSubject(name);
  certificate.setIssuer(name);
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString());
  certificate.sign(key, forge.md.sha256.create());
  const p12 = forge.pkcs12.toPkcs12Asn1(key, [certificate], password, { algorithm: '3des' });
  return Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary');
}

function tongbao(args: string[], cwd: string, password?: string) {
  const env = { ...process.env };
  delete env.TONGBAO_SIGNING_PASSWORD;
  if (password !== undefined) env.TONGBAO_SIGNING_PASSWORD = password;
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const pdfsig = (file: string) => spawnSync('pdfsig', [file], { encoding: 'utf8' }).stdout;

describe('a PDF signed with the issuer certificate', () => {
  let project: string;
  let signed: ReturnType<typeof tongbao>;

  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'tongbao-signing-'));
    writeFileSync(join(project, 'package.json'), '{}\n');
    cpSync(join(PROJECT_ROOT, 'data', '示例市'), join(project, 'data', '示例市'), { recursive: true });
    writeFileSync(join(project, 'data', '示例市', '证书.p12'), officeCertificate(PASSWORD));
    appendFileSync(join(project, 'data', '示例市', '_issuer.yaml'), '\nsigning:\n  certificate: 证书.p12\n  reason: 发文机关签发\n  location: 示例市\n');
    signed = tongbao(['build', 'data/示例市', '--format', 'pdf', '--quiet'], project, PASSWORD);
  });

  it('verifies with pdfsig: the signer is the office, the whole document is signed and unchanged', () => {
    expect(signed.stderr).toBe('');
    expect(signed.code).toBe(0);
    const report = pdfsig(join(project, PDF));
    expect(report).toContain(`Signer Certificate Common Name: ${OFFICE}`);
    expect(report).toContain('Signing Time: Oct 15 2025');
    expect(report).toContain('Total document signed');
    expect(report).toContain('Signature Validation: Signature is Valid.');
  });

  it('fails verification after one byte of the document is changed', () => {
    const bytes = readFileSync(join(project, PDF));
    // a byte of the document's text, inside the first signed range
    const at = bytes.indexOf('/Title');
    expect(at).toBeGreaterThan(0);
    bytes[at + 1] = 'U'.charCodeAt(0);
    const changed = join(project, 'changed.pdf');
    writeFileSync(changed, bytes);
    const report = pdfsig(changed);
    expect(report).toContain('Signature Validation:');
    expect(report).not.toContain('Signature is Valid');
  });

  it('puts the signature field over the printed seal, on the page with the signature and date', () => {
    const bytes = readFileSync(join(project, PDF)).toString('latin1');
    const widget = /\/Subtype \/Widget \/FT \/Sig[^]*?\/Rect \[([^\]]+)\][^]*?\/P (\d+) 0 R/.exec(bytes);
    expect(widget).not.toBeNull();
    const [x1, y1, x2, y2] = widget![1]!.split(' ').map(Number) as [number, number, number, number];
    // the example's seal is 45 mm across (diameterMm in its _issuer.yaml); the field is its box
    expect((x2 - x1) / POINTS_PER_MM).toBeCloseTo(45, 0);
    expect((y2 - y1) / POINTS_PER_MM).toBeCloseTo(45, 0);
    // the page holding the field holds the 成文日期, and the field covers the date's line
    const pages = execFileSync('pdfinfo', [join(project, PDF)], { encoding: 'utf8' });
    const count = Number(/Pages:\s+(\d+)/.exec(pages)![1]);
    const pageWith = (text: string) =>
      Array.from({ length: count }, (_, i) => i + 1).find((page) =>
        execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', join(project, PDF), '-'], { encoding: 'utf8' }).includes(text),
      );
    const datePage = pageWith('2025年10月15日');
    const bbox = execFileSync('pdftotext', ['-f', String(datePage), '-l', String(datePage), '-bbox', join(project, PDF), '-'], { encoding: 'utf8' });
    const year = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">2025年10月15日/.exec(bbox);
    expect(year).not.toBeNull();
    const pageHeightPt = 841.89;
    const dateMiddleY = pageHeightPt - (Number(year![2]) + Number(year![4])) / 2;
    expect(dateMiddleY).toBeGreaterThan(y1);
    expect(dateMiddleY).toBeLessThan(y2);
    const annotationsOfPage = new RegExp(`\\n${widget![2]} 0 obj\\n<</Type /Page\\b`).test(bytes);
    expect(annotationsOfPage).toBe(true);
  });

  it('gives the same bytes when built again', () => {
    const first = readFileSync(join(project, PDF));
    const again = tongbao(['build', 'data/示例市', '--format', 'pdf', '--quiet', '--force'], project, PASSWORD);
    expect(again.code).toBe(0);
    expect(readFileSync(join(project, PDF)).equals(first)).toBe(true);
  });

  it('without the password, or with a wrong one, says so at the setting and writes nothing', () => {
    const before = readFileSync(join(project, PDF));
    const missing = tongbao(['build', 'data/示例市', '--format', 'pdf', '--force', '--out', 'out-missing'], project);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/data\/示例市\/_issuer\.yaml:\d+:\d+ signing\.certificate — 错误：无法用签名证书签署 PDF：没有证书密码：环境变量 TONGBAO_SIGNING_PASSWORD 没有设置（TB503）/);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(project, 'out-missing'))).toBe(false);

    const wrong = tongbao(['build', 'data/示例市', '--format', 'pdf', '--force'], project, 'not-the-password');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('证书密码不对（密码取自环境变量 TONGBAO_SIGNING_PASSWORD）（TB503）');
    expect(readFileSync(join(project, PDF)).equals(before)).toBe(true);
  });

  it('names a file that is not a certificate', () => {
    writeFileSync(join(project, 'data', '示例市', '坏证书.p12'), 'not a certificate');
    const issuer = join(project, 'data', '示例市', '_issuer.yaml');
    writeFileSync(issuer, readFileSync(issuer, 'utf8').replace('certificate: 证书.p12', 'certificate: 坏证书.p12'));
    const broken = tongbao(['build', 'data/示例市', '--format', 'pdf', '--force', '--out', 'out-broken'], project, PASSWORD);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('不是可用的 PKCS#12 证书文件（.p12 或 .pfx，内含私钥和证书）（TB503）');
    expect(existsSync(join(project, 'out-broken'))).toBe(false);
  });
});
