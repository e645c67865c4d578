// loadQuarter: reads a quarter file, its issuer folder's `_issuer.yaml` and the chain of
// earlier quarters it names, decodes them into the model and checks them. Every problem
// in every file of the chain is collected and thrown together as one TongbaoError, so
// office staff fix them all in one round.

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { checkQuarter } from '../check/index.js';
import { failedFields, under } from '../check/input.js';
import type { FailedFields } from '../check/input.js';
import { CODES, diagnose } from '../diagnostics/codes.js';
import { TongbaoError } from '../diagnostics/diagnostic.js';
import { collapseRepeats } from '../diagnostics/repeats.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { QuarterRecords } from '../model/records.js';
import { rawTable } from './decoders.js';
import { deepFreeze } from './freeze.js';
import { decodeIssuer, mergeLayers } from './issuer.js';
import { displayPath, keyPlacesIn, placesIn } from './located.js';
import type { Located, LocatedMap } from './located.js';
import { decodeQuarter, notAQuarter } from './quarter.js';
import type { QuarterReference } from './quarter.js';
import { readDataText } from './read-file.js';
import { parseYaml } from './read-yaml.js';
import { withSheetRecords } from './sheet-references.js';

export interface LoadOptions {
  /** the quarter file, e.g. data/示例市/2025-q3.yaml */
  readonly file: string;
  /** the folder every path in the data must stay inside; by default the nearest folder holding package.json */
  readonly projectRoot?: string;
  /** receives the warnings of a load that succeeds (a sheet's columns no field answers to); a failed load throws them with its errors */
  readonly warnings?: Diagnostic[];
  /**
   * receives the absolute path of every file and folder the quarter was read from: the quarter
   * files of the chain, their `_issuer.yaml` (whether or not it exists), the sheets, the seal
   * image and the issuer's templates folder — what a build must hash to know its notice is unchanged
   */
  readonly inputs?: Set<string>;
}

export const ISSUER_FILE = '_issuer.yaml';

/** Loads and checks one quarter with its earlier quarters; throws TongbaoError listing every problem. */
export async function loadQuarter(options: LoadOptions): Promise<QuarterRecords> {
  const file = resolve(options.file);
  const projectRoot = resolve(options.projectRoot ?? findProjectRoot(file));
  const sink: Diagnostic[] = [];
  const loaded = await loadChain({ file, projectRoot, sink, later: [], inputs: options.inputs ?? new Set() });
  if (!loaded || sink.some((d) => d.severity === 'error')) throw new TongbaoError(inReadingOrder(sink));
  options.warnings?.push(...inReadingOrder(sink));
  return deepFreeze(loaded.records);
}

interface ChainStep {
  readonly file: string;
  readonly projectRoot: string;
  readonly sink: Diagnostic[];
  /** files of the later quarters that led here, to stop a chain that loops */
  readonly later: readonly string[];
  /** every file and folder read so far (see LoadOptions.inputs) */
  readonly inputs: Set<string>;
  /** the `previous:` value that named this file, where a file that is no quarter is reported */
  readonly namedBy?: Located;
}

/** A quarter's records, and the fields in them that failed to decode (see check/input.ts). */
interface LoadedQuarter {
  readonly records: QuarterRecords;
  readonly failed: FailedFields;
}

async function loadChain(step: ChainStep): Promise<LoadedQuarter | undefined> {
  const { file, projectRoot, sink, inputs } = step;
  inputs.add(file);
  const written = readYamlFile({ file, purpose: '季度文件', sink });
  if (!written) return undefined;
  const other = notAQuarter(written);
  if (other) {
    const where = step.namedBy ? { place: step.namedBy.place, field: step.namedBy.path } : { place: written.place };
    sink.push(diagnose(CODES.notAQuarterFile, other, where));
    return undefined;
  }

  const issuerFile = join(dirname(file), ISSUER_FILE);
  const hasIssuerFile = existsSync(issuerFile);
  inputs.add(issuerFile);
  const issuerRoot = hasIssuerFile ? readYamlFile({ file: issuerFile, purpose: '发文机关设置', sink }) : undefined;
  const issuerNode = mergeLayers([issuerRoot && rawTable.decode(issuerRoot, sink), quarterIssuerLayer(written)]);
  if (!hasIssuerFile && !issuerNode) sink.push(diagnose(CODES.issuerMissing, {}, { place: written.place }));
  // Without any issuer settings, the defaults stand in so the records can still be checked;
  // each missing field would only repeat what TB112 says.
  const issuer = issuerNode
    ? decodeIssuer({ node: issuerNode, projectRoot, sink })
    : decodeIssuer({ node: emptyTable(written), projectRoot, sink: [] });
  // sheets' columns are named by the issuer's score groups and facts, so they are read after it
  const beforeSheets = sink.length;
  for (const path of [issuer.profile.seal?.image, issuer.profile.signing?.certificate.value, issuer.profile.templates]) if (path) inputs.add(path);
  const root = await withSheetRecords(written, { projectRoot, issuer: issuer.profile, overrides: issuer.profile.columns ?? {}, sink, inputs });
  // what could not be read from a sheet is reported; no check compares it
  const sheetsFailed = failedFields(sink.slice(beforeSheets));
  const decoded = decodeQuarter({ root, projectRoot, sink });

  const before = await previousQuarter({ step, reference: decoded.previous });
  const records: QuarterRecords = { source: file, issuer: issuer.profile, ...decoded.fields, ...(before.previous && { previous: before.previous }) };
  const failed = [...sheetsFailed, ...decoded.failed, ...issuer.failed.map((path) => under('issuer', path)), ...before.failed];
  sink.push(...checkQuarter({ records, places: placesIn(root), keyPlaces: keyPlacesIn(root), failed }));
  return { records, failed };
}

/**
 * The quarter `previous:` names: its published figures, or its file loaded in turn. What
 * failed in that file counts as failed under `previous.`; a file that could not be loaded
 * at all (or a chain that loops) fails `previous` as a whole.
 */
async function previousQuarter(options: {
  step: ChainStep;
  reference: QuarterReference | undefined;
}): Promise<{ previous?: QuarterRecords['previous']; failed: FailedFields }> {
  const { step, reference } = options;
  if (reference?.kind !== 'file') return { previous: reference?.figures, failed: [] };
  const { file: previousFile, node } = reference;
  const chain = [...step.later, step.file];
  if (chain.includes(previousFile)) {
    const shown = [...chain, previousFile].map(displayPath);
    step.sink.push(diagnose(CODES.previousCycle, { chain: shown }, { place: node.place, field: node.path }));
    return { failed: ['previous'] };
  }
  const loaded = await loadChain({ ...step, file: previousFile, later: chain, namedBy: node });
  if (!loaded) return { failed: ['previous'] };
  return { previous: loaded.records, failed: loaded.failed.map((path) => under('previous', path)) };
}

/**
 * Files parsed without a problem, by path, with the text they were parsed from: a command reads
 * the same files more than once (finding the latest quarter parses each quarter of the folder,
 * then the chain loads them; each quarter reads `_issuer.yaml`), and parsing is most of reading.
 * A file whose text changed is parsed anew; a few small files are kept, never a large one.
 */
const parsedFiles = new Map<string, { readonly text: string; readonly root: Located }>();
const PARSED_FILES_KEPT = 16;
const PARSED_TEXT_KEPT_MAX = 1 << 20;

export function readYamlFile(options: { file: string; purpose: string; sink: Diagnostic[] }): Located | undefined {
  const { file, purpose, sink } = options;
  const read = readDataText({ file, purpose });
  sink.push(...read.diagnostics);
  if (read.text === undefined) return undefined;
  const key = resolve(file);
  const kept = parsedFiles.get(key);
  if (kept && kept.text === read.text && read.diagnostics.length === 0) return kept.root;
  const parsed = parseYaml({ text: read.text, file });
  sink.push(...parsed.diagnostics);
  if (parsed.root && read.diagnostics.length === 0 && parsed.diagnostics.length === 0 && read.text.length <= PARSED_TEXT_KEPT_MAX) {
    parsedFiles.delete(key);
    if (parsedFiles.size >= PARSED_FILES_KEPT) parsedFiles.delete(parsedFiles.keys().next().value!);
    parsedFiles.set(key, { text: read.text, root: parsed.root });
  }
  return parsed.root;
}

/** The quarter file's own `issuer:` layer, merged over `_issuer.yaml` (a value that is no table is reported when the quarter decodes). */
function quarterIssuerLayer(root: Located): LocatedMap | undefined {
  const layer = root.kind === 'map' ? root.entries.get('issuer')?.value : undefined;
  return layer?.kind === 'map' ? layer : undefined;
}

function emptyTable(where: Located): LocatedMap {
  return { kind: 'map', entries: new Map(), place: where.place, path: '', file: where.file };
}

export function findProjectRoot(file: string): string {
  for (let folder = dirname(file); ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json'))) return folder;
    if (dirname(folder) === folder) return dirname(file);
  }
}

/**
 * Diagnostics file by file (in the order the files were read), by line within a file,
 * each once: an `_issuer.yaml` shared by a chain of quarters is checked once per quarter;
 * the same problem over many records is said once, with a count (see diagnostics/repeats.ts).
 */
export function inReadingOrder(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const fileOrder = new Map<string, number>();
  for (const d of diagnostics) if (!fileOrder.has(d.place?.file ?? '')) fileOrder.set(d.place?.file ?? '', fileOrder.size);
  const seen = new Set<string>();
  const unique = diagnostics.filter((d) => {
    const key = [d.code, d.place?.file, d.place?.sheet, d.place?.line, d.place?.column, d.field, d.message].join('\u0000');
    return !seen.has(key) && Boolean(seen.add(key));
  });
  const rank = (d: Diagnostic): readonly number[] => [fileOrder.get(d.place?.file ?? '') ?? 0, d.place?.line ?? 0, d.place?.column ?? 0];
  const sorted = unique.sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    const differing = ra.findIndex((value, i) => value !== rb[i]);
    return differing < 0 ? 0 : (ra[differing] ?? 0) - (rb[differing] ?? 0);
  });
  return collapseRepeats(sorted);
}
