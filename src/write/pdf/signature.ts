// The PDF signed with the issuer's certificate. A seal image proves nothing (anyone can paste one);
// a digital signature proves who signed and that no byte changed since. The signature is a
// detached PKCS#7 over every byte of the file but the signature itself (ISO 32000-1, 12.8,
// adbe.pkcs7.detached: what PAdES Part 2, PAdES-Basic, profiles), made by @signpdf with the
// private key of the office's PKCS#12 file. Its field lies over the printed seal, so a reader
// clicking the seal sees the signature; without a seal the field is invisible.
//
// The field, its signature dictionary and appearance, and the catalog's form are appended as a
// revision of their own (pdf-objects.ts), leaving every byte Chromium wrote where it was.
// Signing time: the 成文日期 like every date in the file, so the same input gives the same bytes
// (an RSA PKCS#1 v1.5 signature is deterministic). It is the time the office claims, not a time a
// timestamp authority vouches for.

import { readFileSync } from 'node:fs';
import type { Signer } from '@signpdf/utils';
import { CODES, diagnose } from '../../diagnostics/codes.js';
import { TongbaoError } from '../../diagnostics/diagnostic.js';
import type { SigningConfig } from '../../model/records.js';
import { pdfDate, textString } from './document-info.js';
import { pdfObjects, withRevision } from './pdf-objects.js';

/** The environment variable that holds the certificate's password: never a file in the data. */
export const PASSWORD_VARIABLE = 'TONGBAO_SIGNING_PASSWORD';

/** Room for the signature: certificate chain and signature in DER, as hex, with margin (@signpdf's default). */
const SIGNATURE_BYTES = 8192;
const BYTE_RANGE_PLACEHOLDER = '/ByteRange [0 /********** /********** /**********]';
/** Annotation flags: printed (4) and locked (128), as a signed field is. */
const WIDGET_FLAGS = 132;
/** Form flags: signatures exist (1), the file is only appended to (2). */
const SIG_FLAGS = 3;

function certificateProblem(signing: SigningConfig, problem: string): TongbaoError {
  const { place, field } = signing.certificate;
  return new TongbaoError([diagnose(CODES.signingCertificate, { problem, variable: PASSWORD_VARIABLE }, { place, ...(field ? { field } : {}) })]);
}

/** What a failed opening of the PKCS#12 file means, in the user's words. */
function openingProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/MAC could not be verified|Invalid password/i.test(message)) return `证书密码不对（密码取自环境变量 ${PASSWORD_VARIABLE}）`;
  return '不是可用的 PKCS#12 证书文件（.p12 或 .pfx，内含私钥和证书）';
}

type Forge = typeof import('node-forge');
type Certificate = import('node-forge').pki.Certificate;
type PrivateKey = import('node-forge').pki.rsa.PrivateKey;

/** The certificate the private key belongs to, among the file's (a chain may come with it). */
function keyAndCertificate(forge: Forge, bytes: Buffer, password: string): { key: PrivateKey; certificate: Certificate; chain: Certificate[] } | string {
  const p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(bytes.toString('binary')), false, password);
  const bags = (type: string) => p12.getBags({ bagType: type })[type] ?? [];
  const key = [...bags(forge.pki.oids.pkcs8ShroudedKeyBag!), ...bags(forge.pki.oids.keyBag!)].find((bag) => bag.key)?.key as PrivateKey | undefined;
  const chain = bags(forge.pki.oids.certBag!).flatMap((bag) => (bag.cert ? [bag.cert] : []));
  if (!key || !('n' in key)) return '证书文件里没有 RSA 私钥';
  const certificate = chain.find((cert) => {
    const publicKey = cert.publicKey as import('node-forge').pki.rsa.PublicKey;
    return publicKey.n?.equals(key.n) && publicKey.e?.equals(key.e);
  });
  return certificate ? { key, certificate, chain } : '证书文件里没有与私钥相配的证书';
}

/**
 * forge reads a certificate's UTF8String names as undecoded bytes but encodes them again when it
 * writes the signer's issuer, so a Chinese issuer name came out garbled and no verifier found the
 * signer's certificate. Decoded first, the issuer is written with the certificate's own bytes.
 */
function withDecodedIssuer(forge: Forge, certificate: Certificate): Certificate {
  const attributes = certificate.issuer.attributes.map((attribute) =>
    Number(attribute.valueTagClass) === forge.asn1.Type.UTF8 ? { ...attribute, value: forge.util.decodeUtf8(String(attribute.value)) } : attribute,
  );
  return { ...certificate, issuer: { ...certificate.issuer, attributes } };
}

/**
 * The issuer's signer, its file opened with the password before anything is printed, so a
 * missing or wrong password or a broken file fails the build before it costs a print and
 * writes nothing.
 */
export async function openSigner(signing: SigningConfig, environment: NodeJS.ProcessEnv = process.env): Promise<Signer> {
  const password = environment[PASSWORD_VARIABLE];
  if (password === undefined || password === '') throw certificateProblem(signing, `没有证书密码：环境变量 ${PASSWORD_VARIABLE} 没有设置`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(signing.certificate.value);
  } catch (error) {
    throw certificateProblem(signing, `无法读取证书文件（${(error as NodeJS.ErrnoException).code ?? String(error)}）`);
  }
  const [{ default: forge }, { Signer: SignerBase }] = await Promise.all([import('node-forge'), import('@signpdf/utils')]);
  let opened: ReturnType<typeof keyAndCertificate>;
  try {
    opened = keyAndCertificate(forge, bytes, password);
  } catch (error) {
    throw certificateProblem(signing, openingProblem(error));
  }
  if (typeof opened === 'string') throw certificateProblem(signing, opened);
  const { key, certificate, chain } = opened;

  /** A detached PKCS#7 SignedData over the bytes, SHA-256, with the certificate chain. */
  class OfficeSigner extends SignerBase {
    override async sign(pdf: Buffer, signingTime?: Date): Promise<Buffer> {
      const p7 = forge.pkcs7.createSignedData();
      p7.content = forge.util.createBuffer(pdf.toString('binary'));
      for (const cert of chain) p7.addCertificate(cert);
      p7.addSigner({
        key,
        certificate: withDecodedIssuer(forge, certificate),
        digestAlgorithm: forge.pki.oids.sha256!,
        authenticatedAttributes: [
          { type: forge.pki.oids.contentType!, value: forge.pki.oids.data! },
          { type: forge.pki.oids.signingTime!, value: (signingTime ?? new Date()) as unknown as string },
          { type: forge.pki.oids.messageDigest! },
        ],
      });
      p7.sign({ detached: true });
      return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'binary');
    }
  }
  return new OfficeSigner();
}

/** Where the field goes: the seal's box on its page (1-based), or nowhere visible on the last page. */
export interface SignatureField {
  readonly page?: number;
  readonly rectPt?: readonly [number, number, number, number];
}

/** An object's dictionary text, without its `n 0 obj` header. */
function dictionaryOf(object: string): string {
  const body = object.replace(/^\s*\d+\s+0\s+obj\s*/, '').trimEnd();
  if (!body.startsWith('<<') || !body.endsWith('>>')) throw new Error('PDF 对象不是字典，无法加入签名域');
  return body;
}

/** The object's dictionary with `entry` added before its closing `>>`. */
function withEntry(object: string, entry: string): string {
  return `${dictionaryOf(object).slice(0, -2)}\n${entry}>>`;
}

/** The page dictionary with the widget among its annotations (Chromium lists links there). */
function withAnnotation(page: string, widget: number): string {
  const body = dictionaryOf(page);
  const annotations = /\/Annots\s*\[/.exec(body);
  if (!annotations) return withEntry(body, `/Annots [${widget} 0 R]`);
  const at = annotations.index + annotations[0].length;
  return `${body.slice(0, at)}${widget} 0 R ${body.slice(at)}`;
}

/** The PDF with an empty signature field appended as a revision: what @signpdf fills in. */
export function withSignatureField(pdf: Uint8Array, options: { field: SignatureField; reason?: string; location?: string; date: string }): Uint8Array {
  const objects = pdfObjects(Buffer.from(pdf).toString('latin1'));
  const { trailer } = objects;
  const pages = objects.pages();
  const pageIndex = options.field.page === undefined ? pages.length - 1 : options.field.page - 1;
  const page = pages[pageIndex];
  const catalog = objects.dictionary(trailer.root);
  if (page === undefined || catalog === undefined) throw new Error('PDF 中找不到放签名域的页面或文档目录');
  if (/\/AcroForm\b/.test(catalog)) throw new Error('PDF 已有表单，tongbao 不在其上签名');

  const [signature, widget, appearance] = [trailer.size, trailer.size + 1, trailer.size + 2];
  const rect = options.field.rectPt ?? [0, 0, 0, 0];
  const [width, height] = [Math.abs(rect[2] - rect[0]), Math.abs(rect[3] - rect[1])];
  const signatureDictionary = [
    '<</Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached',
    // @signpdf finds this placeholder, then the /Contents after it
    BYTE_RANGE_PLACEHOLDER,
    `/Contents <${'0'.repeat(SIGNATURE_BYTES * 2)}>`,
    `/M (${pdfDate(options.date)})`,
    ...(options.reason ? [`/Reason ${textString(options.reason)}`] : []),
    ...(options.location ? [`/Location ${textString(options.location)}`] : []),
    '>>',
  ].join('\n');
  const widgetDictionary =
    `<</Type /Annot /Subtype /Widget /FT /Sig /T ${textString('签名')} /F ${WIDGET_FLAGS} ` +
    `/Rect [${rect.join(' ')}] /V ${signature} 0 R /P ${page} 0 R /AP <</N ${appearance} 0 R>>>>`;
  // the seal printed on the page is the field's look: its own appearance draws nothing
  const emptyAppearance = `<</Type /XObject /Subtype /Form /BBox [0 0 ${width} ${height}] /Length 0>>\nstream\n\nendstream`;
  return withRevision(pdf, {
    objects: new Map([
      [trailer.root, withEntry(catalog, `/AcroForm <</Fields [${widget} 0 R] /SigFlags ${SIG_FLAGS}>>`)],
      [page, withAnnotation(objects.dictionary(page) ?? '', widget)],
      [signature, signatureDictionary],
      [widget, widgetDictionary],
      [appearance, emptyAppearance],
    ]),
    size: appearance + 1,
    trailerEntries: [`/Root ${trailer.root} 0 R`, ...(trailer.info === undefined ? [] : [`/Info ${trailer.info} 0 R`])],
    prev: trailer.startxref,
  });
}

/** The PDF signed: its field appended over the seal, then the signature computed over every other byte. */
export async function signedPdf(pdf: Uint8Array, options: { signer: Signer; field: SignatureField; reason?: string; location?: string; date: string }): Promise<Uint8Array> {
  const { SignPdf } = await import('@signpdf/signpdf');
  const prepared = withSignatureField(pdf, options);
  const signed = await new SignPdf().sign(Buffer.from(prepared), options.signer, new Date(`${options.date}T00:00:00Z`));
  return new Uint8Array(signed);
}
