// Personal data that must not be published: 18-digit 身份证号 whose check digit is right
// (GB 11643-1999), and mainland mobile numbers, except the office's own contact number,
// which the issuer settings mark as such (contact.phone).

import { CODES, diagnose } from '../diagnostics/codes.js';
import { matches, spanOf } from './finding.js';
import type { Finding, TextRule } from './finding.js';

const ID_NUMBER = /(?<![0-9A-Za-z])\d{17}[0-9Xx](?![0-9A-Za-z])/g;
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_DIGITS = '10X98765432';

/** GB 11643: the 18th character is the weighted sum of the first 17 digits, modulo 11, looked up. */
export function hasValidCheckDigit(id: string): boolean {
  const sum = ID_WEIGHTS.reduce((total, weight, index) => total + weight * Number(id[index]), 0);
  return ID_CHECK_DIGITS[sum % 11] === id[17]?.toUpperCase();
}

/** 1[3-9] and nine more digits, also written 138-1234-5678 or 138 1234 5678. */
const MOBILE = /(?<![0-9])1[3-9]\d(?:[- ]?\d{4}){2}(?![0-9])/g;

const digitsOf = (text: string): string => text.replace(/\D/g, '');

export const idNumbers: TextRule = ({ text }) =>
  matches(ID_NUMBER, text)
    .filter((match) => hasValidCheckDigit(match[0]))
    .map((match): Finding => {
      const masked = `${match[0].slice(0, 6)}********${match[0].slice(14)}`;
      return { ...spanOf(match), report: (where) => diagnose(CODES.idNumberPublished, { masked }, where) };
    });

export const mobileNumbers: TextRule = ({ text, records }) => {
  const contact = digitsOf(records.issuer.contact.phone ?? '');
  return matches(MOBILE, text)
    .filter((match) => contact === '' || !contact.includes(digitsOf(match[0])))
    .map((match): Finding => {
      const digits = digitsOf(match[0]);
      const masked = `${digits.slice(0, 3)}****${digits.slice(7)}`;
      return { ...spanOf(match), report: (where) => diagnose(CODES.mobilePublished, { masked }, where) };
    });
};
