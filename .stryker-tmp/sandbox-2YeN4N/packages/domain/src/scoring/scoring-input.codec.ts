// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { DIMENSION_KEYS, type DimensionKey } from '../model/dimension.js';
import type { ProfessionId } from '../model/ids.js';
import { firstDecodeError } from './decode-error-path.js';
import type { ScoringError } from './scoring-error.js';
import { scoringInputInvalid } from './scoring-error.js';

// Codec names are what an operator reads in "expected …", so they describe values, not TypeScript types.

const refine = stryMutAct_9fa48("1242") ? () => undefined : (stryCov_9fa48("1242"), (() => {
  const refine = <A extends number,>(name: string, accept: (n: number) => boolean) => new t.Type<A, number, unknown>(name, stryMutAct_9fa48("1243") ? () => undefined : (stryCov_9fa48("1243"), (u): u is A => stryMutAct_9fa48("1246") ? typeof u === 'number' || accept(u) : stryMutAct_9fa48("1245") ? false : stryMutAct_9fa48("1244") ? true : (stryCov_9fa48("1244", "1245", "1246"), (stryMutAct_9fa48("1248") ? typeof u !== 'number' : stryMutAct_9fa48("1247") ? true : (stryCov_9fa48("1247", "1248"), typeof u === (stryMutAct_9fa48("1249") ? "" : (stryCov_9fa48("1249"), 'number')))) && accept(u))), stryMutAct_9fa48("1250") ? () => undefined : (stryCov_9fa48("1250"), (u, c) => (stryMutAct_9fa48("1253") ? typeof u === 'number' || accept(u) : stryMutAct_9fa48("1252") ? false : stryMutAct_9fa48("1251") ? true : (stryCov_9fa48("1251", "1252", "1253"), (stryMutAct_9fa48("1255") ? typeof u !== 'number' : stryMutAct_9fa48("1254") ? true : (stryCov_9fa48("1254", "1255"), typeof u === (stryMutAct_9fa48("1256") ? "" : (stryCov_9fa48("1256"), 'number')))) && accept(u))) ? t.success(u as A) : t.failure(u, c)), stryMutAct_9fa48("1257") ? () => undefined : (stryCov_9fa48("1257"), a => a));
  return refine;
})());
export const ProfessionIdCodec = refine<ProfessionId>(stryMutAct_9fa48("1258") ? "" : (stryCov_9fa48("1258"), 'a positive integer id'), stryMutAct_9fa48("1259") ? () => undefined : (stryCov_9fa48("1259"), n => stryMutAct_9fa48("1262") ? Number.isSafeInteger(n) || n > 0 : stryMutAct_9fa48("1261") ? false : stryMutAct_9fa48("1260") ? true : (stryCov_9fa48("1260", "1261", "1262"), Number.isSafeInteger(n) && (stryMutAct_9fa48("1265") ? n <= 0 : stryMutAct_9fa48("1264") ? n >= 0 : stryMutAct_9fa48("1263") ? true : (stryCov_9fa48("1263", "1264", "1265"), n > 0)))));
/** Any finite number: out-of-range relevance values are clamped by the pipeline, not rejected. */
const FiniteNumber = refine<number>(stryMutAct_9fa48("1266") ? "" : (stryCov_9fa48("1266"), 'a finite number'), Number.isFinite);
const UnitInterval = refine<number>(stryMutAct_9fa48("1267") ? "" : (stryCov_9fa48("1267"), 'a number in [0, 1]'), stryMutAct_9fa48("1268") ? () => undefined : (stryCov_9fa48("1268"), n => stryMutAct_9fa48("1271") ? n >= 0 || n <= 1 : stryMutAct_9fa48("1270") ? false : stryMutAct_9fa48("1269") ? true : (stryCov_9fa48("1269", "1270", "1271"), (stryMutAct_9fa48("1274") ? n < 0 : stryMutAct_9fa48("1273") ? n > 0 : stryMutAct_9fa48("1272") ? true : (stryCov_9fa48("1272", "1273", "1274"), n >= 0)) && (stryMutAct_9fa48("1277") ? n > 1 : stryMutAct_9fa48("1276") ? n < 1 : stryMutAct_9fa48("1275") ? true : (stryCov_9fa48("1275", "1276", "1277"), n <= 1)))));
const Integer = refine<number>(stryMutAct_9fa48("1278") ? "" : (stryCov_9fa48("1278"), 'an integer'), Number.isSafeInteger);
const ISO_TIMESTAMP = stryMutAct_9fa48("1300") ? /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\D{2})$/ : stryMutAct_9fa48("1299") ? /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d)$/ : stryMutAct_9fa48("1298") ? /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\D{2}:\d{2})$/ : stryMutAct_9fa48("1297") ? /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d:\d{2})$/ : stryMutAct_9fa48("1296") ? /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[^+-]\d{2}:\d{2})$/ : stryMutAct_9fa48("1295") ? /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\D{1,9})?(Z|[+-]\d{2}:\d{2})$/ : stryMutAct_9fa48("1294") ? /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d)?(Z|[+-]\d{2}:\d{2})$/ : stryMutAct_9fa48("1293") ? /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})(Z|[+-]\d{2}:\d{2})$/ : stryMutAct_9fa48("1292") ? /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\D{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/ : stryMutAct_9fa48("1291") ? /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/ : stryMutAct_9fa48("1290") ? /^\d{4}-\d{2}-\d{2}T\d{2}:\D{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/ : stryMutAct_9fa48("1289") ? /^\d{4}-\d{2}-\d{2}T\d{2}:\d:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/ : stryMutAct_9fa48("1288") ? /^\d{4}-\d{2}-\d{2}T\D{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/ : stryMutAct_9fa48("1287") ? /^\d{4}-\d{2}-\d{2}T\d:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/ : stryMutAct_9fa48("1286") ? /^\d{4}-\d{2}-\D{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/ : stryMutAct_9fa48("1285") ? /^\d{4}-\d{2}-\dT\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/ : stryMutAct_9fa48("1284") ? /^\d{4}-\D{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/ : stryMutAct_9fa48("1283") ? /^\d{4}-\d-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/ : stryMutAct_9fa48("1282") ? /^\D{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/ : stryMutAct_9fa48("1281") ? /^\d-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/ : stryMutAct_9fa48("1280") ? /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})/ : stryMutAct_9fa48("1279") ? /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/ : (stryCov_9fa48("1279", "1280", "1281", "1282", "1283", "1284", "1285", "1286", "1287", "1288", "1289", "1290", "1291", "1292", "1293", "1294", "1295", "1296", "1297", "1298", "1299", "1300"), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/);
const isIsoTimestamp = stryMutAct_9fa48("1301") ? () => undefined : (stryCov_9fa48("1301"), (() => {
  const isIsoTimestamp = (u: unknown): u is string => stryMutAct_9fa48("1304") ? typeof u === 'string' && ISO_TIMESTAMP.test(u) || !Number.isNaN(Date.parse(u)) : stryMutAct_9fa48("1303") ? false : stryMutAct_9fa48("1302") ? true : (stryCov_9fa48("1302", "1303", "1304"), (stryMutAct_9fa48("1306") ? typeof u === 'string' || ISO_TIMESTAMP.test(u) : stryMutAct_9fa48("1305") ? true : (stryCov_9fa48("1305", "1306"), (stryMutAct_9fa48("1308") ? typeof u !== 'string' : stryMutAct_9fa48("1307") ? true : (stryCov_9fa48("1307", "1308"), typeof u === (stryMutAct_9fa48("1309") ? "" : (stryCov_9fa48("1309"), 'string')))) && ISO_TIMESTAMP.test(u))) && (stryMutAct_9fa48("1310") ? Number.isNaN(Date.parse(u)) : (stryCov_9fa48("1310"), !Number.isNaN(Date.parse(u)))));
  return isIsoTimestamp;
})());
export const IsoTimestampCodec = new t.Type<string, string, unknown>(stryMutAct_9fa48("1311") ? "" : (stryCov_9fa48("1311"), 'an ISO-8601 timestamp with time zone'), isIsoTimestamp, stryMutAct_9fa48("1312") ? () => undefined : (stryCov_9fa48("1312"), (u, c) => isIsoTimestamp(u) ? t.success(u) : t.failure(u, c)), stryMutAct_9fa48("1313") ? () => undefined : (stryCov_9fa48("1313"), a => a));
export const ScoringCandidateCodec = t.intersection(stryMutAct_9fa48("1314") ? [] : (stryCov_9fa48("1314"), [t.type(stryMutAct_9fa48("1315") ? {} : (stryCov_9fa48("1315"), {
  profession_id: ProfessionIdCodec
})), t.partial(stryMutAct_9fa48("1316") ? {} : (stryCov_9fa48("1316"), {
  profession_name: t.union(stryMutAct_9fa48("1317") ? [] : (stryCov_9fa48("1317"), [t.string, t.null]), stryMutAct_9fa48("1318") ? "" : (stryCov_9fa48("1318"), 'a string or null')),
  congruence_score: t.union(stryMutAct_9fa48("1319") ? [] : (stryCov_9fa48("1319"), [UnitInterval, t.null]), stryMutAct_9fa48("1320") ? "" : (stryCov_9fa48("1320"), 'a number in [0, 1] or null')),
  display_order: Integer
}))]), stryMutAct_9fa48("1321") ? "" : (stryCov_9fa48("1321"), 'a candidate object'));
export const RawRelevanceCodec = t.type(stryMutAct_9fa48("1322") ? {} : (stryCov_9fa48("1322"), {
  profession_id: ProfessionIdCodec,
  r_raw: FiniteNumber
}), stryMutAct_9fa48("1323") ? "" : (stryCov_9fa48("1323"), 'a {profession_id, r_raw} object'));
export const DimensionRawScoresCodec = t.type(stryMutAct_9fa48("1324") ? {} : (stryCov_9fa48("1324"), {
  selected_profession_id: t.union(stryMutAct_9fa48("1325") ? [] : (stryCov_9fa48("1325"), [ProfessionIdCodec, t.null]), stryMutAct_9fa48("1326") ? "" : (stryCov_9fa48("1326"), 'a positive integer id or null')),
  r_raw: t.union(stryMutAct_9fa48("1327") ? [] : (stryCov_9fa48("1327"), [t.array(RawRelevanceCodec, stryMutAct_9fa48("1328") ? "" : (stryCov_9fa48("1328"), 'an array')), t.null]), stryMutAct_9fa48("1329") ? "" : (stryCov_9fa48("1329"), 'an array or null'))
}), stryMutAct_9fa48("1330") ? "" : (stryCov_9fa48("1330"), 'a {selected_profession_id, r_raw} object'));
const dimensionProps = Object.fromEntries(DIMENSION_KEYS.map(key => [key, DimensionRawScoresCodec])) as { [K in DimensionKey]: typeof DimensionRawScoresCodec };

/** All four dimensions are required: upstream only scores once every dimension is answered (§4.7). */
export const DimensionsCodec = t.type(dimensionProps, stryMutAct_9fa48("1331") ? "" : (stryCov_9fa48("1331"), 'an object with all four dimension keys'));

/** The `kenali score` document: candidates, four dimensions and an optional `calculated_at`. */
export const IkigaiScoringDocumentCodec = t.intersection(stryMutAct_9fa48("1332") ? [] : (stryCov_9fa48("1332"), [t.type(stryMutAct_9fa48("1333") ? {} : (stryCov_9fa48("1333"), {
  candidates: t.array(ScoringCandidateCodec, stryMutAct_9fa48("1334") ? "" : (stryCov_9fa48("1334"), 'an array')),
  dimensions: DimensionsCodec
})), t.partial(stryMutAct_9fa48("1335") ? {} : (stryCov_9fa48("1335"), {
  calculated_at: IsoTimestampCodec
}))]), stryMutAct_9fa48("1336") ? "" : (stryCov_9fa48("1336"), 'a scoring document object'));
export type IkigaiScoringDocument = t.TypeOf<typeof IkigaiScoringDocumentCodec>;

/** Decodes untrusted JSON; the error names the first offending field (`ScoringInputInvalid`). */
export const decodeIkigaiScoringDocument = (input: unknown): E.Either<ScoringError, IkigaiScoringDocument> => {
  if (stryMutAct_9fa48("1337")) {
    {}
  } else {
    stryCov_9fa48("1337");
    const decoded = IkigaiScoringDocumentCodec.decode(input);
    if (stryMutAct_9fa48("1339") ? false : stryMutAct_9fa48("1338") ? true : (stryCov_9fa48("1338", "1339"), E.isRight(decoded))) return decoded;
    const {
      path,
      message
    } = firstDecodeError(decoded.left);
    return E.left(scoringInputInvalid(path, message));
  }
};