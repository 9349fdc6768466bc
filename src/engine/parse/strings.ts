/**
 * String literal bodies -> values, following CPython's decode_unicode_with_escapes /
 * decode_bytes_with_escapes. Invalid escapes (`\q`) are kept literally, as CPython does
 * (it only warns). Errors carry CPython's messages; the caller positions them on the token.
 */

export type Decoded = { ok: true; value: string } | { ok: false; message: string };

const SIMPLE: Record<string, string> = {
  '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

function hexRun(s: string, i: number, max: number): number {
  let k = 0;
  while (k < max && i + k < s.length) {
    const c = s.charCodeAt(i + k);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102))) break;
    k++;
  }
  return k;
}

/**
 * Decode the body of a str literal (between the quotes). `raw` strings are returned as is.
 * Error positions count like CPython's decoder, which sees non-ASCII characters as 10-byte
 * `\Uxxxxxxxx` escapes.
 */
export function decodeStr(body: string, raw: boolean): Decoded {
  if (raw || body.indexOf('\\') < 0) return { ok: true, value: body };
  let out = '';
  let bytePos = 0; // position as CPython's unicode-escape decoder counts it
  let i = 0;
  const n = body.length;
  while (i < n) {
    const c = body.charCodeAt(i);
    if (c !== 92) {
      const cp = body.codePointAt(i) as number;
      const len = cp > 0xffff ? 2 : 1;
      out += body.slice(i, i + len);
      bytePos += cp < 128 ? 1 : 10;
      i += len;
      continue;
    }
    const start = bytePos;
    if (i + 1 >= n) { out += '\\'; i++; bytePos++; continue; }
    const e = body[i + 1];
    if (e === '\n') { i += 2; bytePos += 2; continue; }
    const simple = SIMPLE[e];
    if (simple !== undefined) { out += simple; i += 2; bytePos += 2; continue; }
    if (e >= '0' && e <= '7') {
      let k = 1;
      while (k < 3 && i + 1 + k < n && body[i + 1 + k] >= '0' && body[i + 1 + k] <= '7') k++;
      out += String.fromCodePoint(parseInt(body.slice(i + 1, i + 1 + k), 8));
      i += 1 + k; bytePos += 1 + k;
      continue;
    }
    if (e === 'x' || e === 'u' || e === 'U') {
      const want = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const got = hexRun(body, i + 2, want);
      if (got < want) {
        const what = e === 'x' ? '\\xXX' : e === 'u' ? '\\uXXXX' : '\\UXXXXXXXX';
        return {
          ok: false,
          message: `(unicode error) 'unicodeescape' codec can't decode bytes in position ${start}-${start + 1 + got}: truncated ${what} escape`,
        };
      }
      const cp = parseInt(body.slice(i + 2, i + 2 + want), 16);
      if (cp > 0x10ffff) {
        return {
          ok: false,
          message: `(unicode error) 'unicodeescape' codec can't decode bytes in position ${start}-${start + 1 + want}: illegal Unicode character`,
        };
      }
      out += String.fromCodePoint(cp);
      i += 2 + want; bytePos += 2 + want;
      continue;
    }
    if (e === 'N') {
      const close = body[i + 2] === '{' ? body.indexOf('}', i + 3) : -1;
      if (close < 0 || close === i + 3) {
        return {
          ok: false,
          message: `(unicode error) 'unicodeescape' codec can't decode bytes in position ${start}-${start + 1}: malformed \\N character escape`,
        };
      }
      const name = body.slice(i + 3, close);
      const cp = lookupName(name);
      const endPos = start + (close - i);
      if (cp === undefined) {
        return {
          ok: false,
          message: `(unicode error) 'unicodeescape' codec can't decode bytes in position ${start}-${endPos}: unknown Unicode character name`,
        };
      }
      out += String.fromCodePoint(cp);
      bytePos = endPos + 1;
      i = close + 1;
      continue;
    }
    // Unknown escape: kept literally (CPython emits a SyntaxWarning).
    out += '\\';
    i += 1; bytePos += 1;
  }
  return { ok: true, value: out };
}

/**
 * Decode a bytes literal body. The value is a string of char codes 0-255 (latin-1),
 * which is how ast.ts represents bytes.
 */
export function decodeBytes(body: string, raw: boolean): Decoded {
  for (let i = 0; i < body.length; i++) {
    if (body.charCodeAt(i) >= 128) return { ok: false, message: 'bytes can only contain ASCII literal characters' };
  }
  if (raw || body.indexOf('\\') < 0) return { ok: true, value: body };
  let out = '';
  let i = 0;
  const n = body.length;
  while (i < n) {
    const c = body.charCodeAt(i);
    if (c !== 92) { out += body[i]; i++; continue; }
    if (i + 1 >= n) { out += '\\'; i++; continue; }
    const e = body[i + 1];
    if (e === '\n') { i += 2; continue; }
    const simple = SIMPLE[e];
    if (simple !== undefined) { out += simple; i += 2; continue; }
    if (e >= '0' && e <= '7') {
      let k = 1;
      while (k < 3 && i + 1 + k < n && body[i + 1 + k] >= '0' && body[i + 1 + k] <= '7') k++;
      out += String.fromCharCode(parseInt(body.slice(i + 1, i + 1 + k), 8) & 0xff);
      i += 1 + k;
      continue;
    }
    if (e === 'x') {
      if (hexRun(body, i + 2, 2) < 2) return { ok: false, message: `(value error) invalid \\x escape at position ${i}` };
      out += String.fromCharCode(parseInt(body.slice(i + 2, i + 4), 16));
      i += 4;
      continue;
    }
    out += '\\';
    i += 1;
  }
  return { ok: true, value: out };
}

// ---------------------------------------------------------------- \N{...} names
// CPython consults the whole Unicode name database. We know: common symbols and punctuation
// (the table below, generated from Python's unicodedata), letters built by rule (LATIN / GREEK
// / CYRILLIC ... LETTER X [WITH <accent> [AND <accent>]], DIGIT N, CJK UNIFIED IDEOGRAPH-XXXX).
// Names are matched case-insensitively, as CPython does; other names are reported as unknown.

const NAME_DATA = [
  "20:SPACE|21:EXCLAMATION MARK|22:QUOTATION MARK|23:NUMBER SIGN|24:DOLLAR SIGN|25:PERCENT",
  "SIGN|26:AMPERSAND|27:APOSTROPHE|28:LEFT PARENTHESIS|29:RIGHT PARENTHESIS|2a:ASTERISK|2b:PLUS",
  "SIGN|2c:COMMA|2d:HYPHEN-MINUS|2e:FULL STOP|2f:SOLIDUS|3a:COLON|3b:SEMICOLON|3c:LESS-THAN",
  "SIGN|3d:EQUALS SIGN|3e:GREATER-THAN SIGN|3f:QUESTION MARK|40:COMMERCIAL AT|5b:LEFT SQUARE",
  "BRACKET|5c:REVERSE SOLIDUS|5d:RIGHT SQUARE BRACKET|5e:CIRCUMFLEX ACCENT|5f:LOW LINE|60:GRAVE",
  "ACCENT|7b:LEFT CURLY BRACKET|7c:VERTICAL LINE|7d:RIGHT CURLY BRACKET|7e:TILDE|a0:NO-BREAK",
  "SPACE|a1:INVERTED EXCLAMATION MARK|a2:CENT SIGN|a3:POUND SIGN|a4:CURRENCY SIGN|a5:YEN SIGN|a6:BROKEN",
  "BAR|a7:SECTION SIGN|a8:DIAERESIS|a9:COPYRIGHT SIGN|aa:FEMININE ORDINAL INDICATOR|ab:LEFT-POINTING",
  "DOUBLE ANGLE QUOTATION MARK|ac:NOT SIGN|ad:SOFT HYPHEN|ae:REGISTERED SIGN|af:MACRON|b0:DEGREE",
  "SIGN|b1:PLUS-MINUS SIGN|b2:SUPERSCRIPT TWO|b3:SUPERSCRIPT THREE|b4:ACUTE ACCENT|b5:MICRO",
  "SIGN|b6:PILCROW SIGN|b7:MIDDLE DOT|b8:CEDILLA|b9:SUPERSCRIPT ONE|ba:MASCULINE ORDINAL",
  "INDICATOR|bb:RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK|bc:VULGAR FRACTION ONE QUARTER|bd:VULGAR",
  "FRACTION ONE HALF|be:VULGAR FRACTION THREE QUARTERS|bf:INVERTED QUESTION MARK|d7:MULTIPLICATION",
  "SIGN|f7:DIVISION SIGN|c6:LATIN CAPITAL LETTER AE|e6:LATIN SMALL LETTER AE|d0:LATIN CAPITAL LETTER",
  "ETH|f0:LATIN SMALL LETTER ETH|de:LATIN CAPITAL LETTER THORN|fe:LATIN SMALL LETTER THORN|df:LATIN",
  "SMALL LETTER SHARP S|d8:LATIN CAPITAL LETTER O WITH STROKE|f8:LATIN SMALL LETTER O WITH",
  "STROKE|110:LATIN CAPITAL LETTER D WITH STROKE|111:LATIN SMALL LETTER D WITH STROKE|141:LATIN CAPITAL",
  "LETTER L WITH STROKE|142:LATIN SMALL LETTER L WITH STROKE|126:LATIN CAPITAL LETTER H WITH",
  "STROKE|127:LATIN SMALL LETTER H WITH STROKE|131:LATIN SMALL LETTER DOTLESS I|152:LATIN CAPITAL",
  "LIGATURE OE|153:LATIN SMALL LIGATURE OE|192:LATIN SMALL LETTER F WITH HOOK|2000:EN QUAD|2001:EM",
  "QUAD|2002:EN SPACE|2003:EM SPACE|2004:THREE-PER-EM SPACE|2005:FOUR-PER-EM SPACE|2006:SIX-PER-EM",
  "SPACE|2007:FIGURE SPACE|2008:PUNCTUATION SPACE|2009:THIN SPACE|200a:HAIR SPACE|200b:ZERO WIDTH",
  "SPACE|200c:ZERO WIDTH NON-JOINER|200d:ZERO WIDTH JOINER|200e:LEFT-TO-RIGHT MARK|200f:RIGHT-TO-LEFT",
  "MARK|2010:HYPHEN|2011:NON-BREAKING HYPHEN|2012:FIGURE DASH|2013:EN DASH|2014:EM DASH|2015:HORIZONTAL",
  "BAR|2016:DOUBLE VERTICAL LINE|2017:DOUBLE LOW LINE|2018:LEFT SINGLE QUOTATION MARK|2019:RIGHT SINGLE",
  "QUOTATION MARK|201a:SINGLE LOW-9 QUOTATION MARK|201b:SINGLE HIGH-REVERSED-9 QUOTATION MARK|201c:LEFT",
  "DOUBLE QUOTATION MARK|201d:RIGHT DOUBLE QUOTATION MARK|201e:DOUBLE LOW-9 QUOTATION MARK|201f:DOUBLE",
  "HIGH-REVERSED-9 QUOTATION MARK|2020:DAGGER|2021:DOUBLE DAGGER|2022:BULLET|2023:TRIANGULAR",
  "BULLET|2024:ONE DOT LEADER|2025:TWO DOT LEADER|2026:HORIZONTAL ELLIPSIS|2027:HYPHENATION",
  "POINT|2028:LINE SEPARATOR|2029:PARAGRAPH SEPARATOR|202a:LEFT-TO-RIGHT EMBEDDING|202b:RIGHT-TO-LEFT",
  "EMBEDDING|202c:POP DIRECTIONAL FORMATTING|202d:LEFT-TO-RIGHT OVERRIDE|202e:RIGHT-TO-LEFT",
  "OVERRIDE|202f:NARROW NO-BREAK SPACE|2030:PER MILLE SIGN|2031:PER TEN THOUSAND",
  "SIGN|2032:PRIME|2033:DOUBLE PRIME|2034:TRIPLE PRIME|2035:REVERSED PRIME|2036:REVERSED DOUBLE",
  "PRIME|2037:REVERSED TRIPLE PRIME|2038:CARET|2039:SINGLE LEFT-POINTING ANGLE QUOTATION",
  "MARK|203a:SINGLE RIGHT-POINTING ANGLE QUOTATION MARK|203b:REFERENCE MARK|203c:DOUBLE EXCLAMATION",
  "MARK|203d:INTERROBANG|203e:OVERLINE|203f:UNDERTIE|2040:CHARACTER TIE|2041:CARET INSERTION",
  "POINT|2042:ASTERISM|2043:HYPHEN BULLET|2044:FRACTION SLASH|2045:LEFT SQUARE BRACKET WITH",
  "QUILL|2046:RIGHT SQUARE BRACKET WITH QUILL|2047:DOUBLE QUESTION MARK|2048:QUESTION EXCLAMATION",
  "MARK|2049:EXCLAMATION QUESTION MARK|204a:TIRONIAN SIGN ET|204b:REVERSED PILCROW SIGN|204c:BLACK",
  "LEFTWARDS BULLET|204d:BLACK RIGHTWARDS BULLET|204e:LOW ASTERISK|204f:REVERSED SEMICOLON|2050:CLOSE",
  "UP|2051:TWO ASTERISKS ALIGNED VERTICALLY|2052:COMMERCIAL MINUS SIGN|2053:SWUNG DASH|2054:INVERTED",
  "UNDERTIE|2055:FLOWER PUNCTUATION MARK|2056:THREE DOT PUNCTUATION|2057:QUADRUPLE PRIME|2058:FOUR DOT",
  "PUNCTUATION|2059:FIVE DOT PUNCTUATION|205a:TWO DOT PUNCTUATION|205b:FOUR DOT MARK|205c:DOTTED",
  "CROSS|205d:TRICOLON|205e:VERTICAL FOUR DOTS|205f:MEDIUM MATHEMATICAL SPACE|2060:WORD",
  "JOINER|2061:FUNCTION APPLICATION|2062:INVISIBLE TIMES|2063:INVISIBLE SEPARATOR|2064:INVISIBLE",
  "PLUS|2066:LEFT-TO-RIGHT ISOLATE|2067:RIGHT-TO-LEFT ISOLATE|2068:FIRST STRONG ISOLATE|2069:POP",
  "DIRECTIONAL ISOLATE|206a:INHIBIT SYMMETRIC SWAPPING|206b:ACTIVATE SYMMETRIC SWAPPING|206c:INHIBIT",
  "ARABIC FORM SHAPING|206d:ACTIVATE ARABIC FORM SHAPING|206e:NATIONAL DIGIT SHAPES|206f:NOMINAL DIGIT",
  "SHAPES|20a0:EURO-CURRENCY SIGN|20a1:COLON SIGN|20a2:CRUZEIRO SIGN|20a3:FRENCH FRANC SIGN|20a4:LIRA",
  "SIGN|20a5:MILL SIGN|20a6:NAIRA SIGN|20a7:PESETA SIGN|20a8:RUPEE SIGN|20a9:WON SIGN|20aa:NEW SHEQEL",
  "SIGN|20ab:DONG SIGN|20ac:EURO SIGN|20ad:KIP SIGN|20ae:TUGRIK SIGN|20af:DRACHMA SIGN|20b0:GERMAN",
  "PENNY SIGN|20b1:PESO SIGN|20b2:GUARANI SIGN|20b3:AUSTRAL SIGN|20b4:HRYVNIA SIGN|20b5:CEDI",
  "SIGN|20b6:LIVRE TOURNOIS SIGN|20b7:SPESMILO SIGN|20b8:TENGE SIGN|20b9:INDIAN RUPEE SIGN|20ba:TURKISH",
  "LIRA SIGN|20bb:NORDIC MARK SIGN|20bc:MANAT SIGN|20bd:RUBLE SIGN|20be:LARI SIGN|20bf:BITCOIN",
  "SIGN|2190:LEFTWARDS ARROW|2191:UPWARDS ARROW|2192:RIGHTWARDS ARROW|2193:DOWNWARDS ARROW|2194:LEFT",
  "RIGHT ARROW|2195:UP DOWN ARROW|2196:NORTH WEST ARROW|2197:NORTH EAST ARROW|2198:SOUTH EAST",
  "ARROW|2199:SOUTH WEST ARROW|21d0:LEFTWARDS DOUBLE ARROW|21d2:RIGHTWARDS DOUBLE ARROW|21d4:LEFT RIGHT",
  "DOUBLE ARROW|2200:FOR ALL|2201:COMPLEMENT|2202:PARTIAL DIFFERENTIAL|2203:THERE EXISTS|2204:THERE",
  "DOES NOT EXIST|2205:EMPTY SET|2206:INCREMENT|2207:NABLA|2208:ELEMENT OF|2209:NOT AN ELEMENT",
  "OF|220a:SMALL ELEMENT OF|220b:CONTAINS AS MEMBER|220c:DOES NOT CONTAIN AS MEMBER|220d:SMALL CONTAINS",
  "AS MEMBER|220e:END OF PROOF|220f:N-ARY PRODUCT|2210:N-ARY COPRODUCT|2211:N-ARY SUMMATION|2212:MINUS",
  "SIGN|2218:RING OPERATOR|2219:BULLET OPERATOR|221a:SQUARE ROOT|221b:CUBE ROOT|221c:FOURTH",
  "ROOT|221d:PROPORTIONAL TO|221e:INFINITY|221f:RIGHT ANGLE|2220:ANGLE|2221:MEASURED",
  "ANGLE|2222:SPHERICAL ANGLE|2223:DIVIDES|2224:DOES NOT DIVIDE|2225:PARALLEL TO|2226:NOT PARALLEL",
  "TO|2227:LOGICAL AND|2228:LOGICAL OR|2229:INTERSECTION|222a:UNION|222b:INTEGRAL|2248:ALMOST EQUAL",
  "TO|2260:NOT EQUAL TO|2261:IDENTICAL TO|2264:LESS-THAN OR EQUAL TO|2265:GREATER-THAN OR EQUAL",
  "TO|2282:SUBSET OF|2283:SUPERSET OF|2286:SUBSET OF OR EQUAL TO|2287:SUPERSET OF OR EQUAL TO|22c5:DOT",
  "OPERATOR|2122:TRADE MARK SIGN|2116:NUMERO SIGN|2103:DEGREE CELSIUS|2109:DEGREE FAHRENHEIT|2713:CHECK",
  "MARK|2714:HEAVY CHECK MARK|2715:MULTIPLICATION X|2717:BALLOT X|2718:HEAVY BALLOT",
  "X|2603:SNOWMAN|2605:BLACK STAR|2606:WHITE STAR|2660:BLACK SPADE SUIT|2663:BLACK CLUB SUIT|2665:BLACK",
  "HEART SUIT|2666:BLACK DIAMOND SUIT|263a:WHITE SMILING FACE|2639:WHITE FROWNING FACE|2764:HEAVY BLACK",
  "HEART|2588:FULL BLOCK|2591:LIGHT SHADE|2592:MEDIUM SHADE|2593:DARK SHADE|2500:BOX DRAWINGS LIGHT",
  "HORIZONTAL|2502:BOX DRAWINGS LIGHT VERTICAL|250c:BOX DRAWINGS LIGHT DOWN AND RIGHT|2510:BOX DRAWINGS",
  "LIGHT DOWN AND LEFT|2514:BOX DRAWINGS LIGHT UP AND RIGHT|2518:BOX DRAWINGS LIGHT UP AND",
  "LEFT|251c:BOX DRAWINGS LIGHT VERTICAL AND RIGHT|2524:BOX DRAWINGS LIGHT VERTICAL AND LEFT|252c:BOX",
  "DRAWINGS LIGHT DOWN AND HORIZONTAL|2534:BOX DRAWINGS LIGHT UP AND HORIZONTAL|253c:BOX DRAWINGS LIGHT",
  "VERTICAL AND HORIZONTAL|2550:BOX DRAWINGS DOUBLE HORIZONTAL|2551:BOX DRAWINGS DOUBLE",
  "VERTICAL|25a0:BLACK SQUARE|25a1:WHITE SQUARE|25b2:BLACK UP-POINTING TRIANGLE|25b6:BLACK",
  "RIGHT-POINTING TRIANGLE|25bc:BLACK DOWN-POINTING TRIANGLE|25c0:BLACK LEFT-POINTING",
  "TRIANGLE|25cb:WHITE CIRCLE|25cf:BLACK CIRCLE|1f600:GRINNING FACE|1f40d:SNAKE|1f4a9:PILE OF",
  "POO|1f44d:THUMBS UP SIGN|1f642:SLIGHTLY SMILING FACE|1f389:PARTY POPPER|2615:HOT",
  "BEVERAGE|26a0:WARNING SIGN|fffd:REPLACEMENT CHARACTER|0:NULL|9:CHARACTER TABULATION|a:LINE",
  "FEED|d:CARRIAGE RETURN|1b:ESCAPE|7f:DELETE",
].join(' ');

let nameMap: Map<string, number> | null = null;

const ACCENTS: Record<string, number> = {
  GRAVE: 0x300, ACUTE: 0x301, CIRCUMFLEX: 0x302, TILDE: 0x303, MACRON: 0x304, BREVE: 0x306,
  'DOT ABOVE': 0x307, DIAERESIS: 0x308, 'HOOK ABOVE': 0x309, 'RING ABOVE': 0x30a, 'DOUBLE ACUTE': 0x30b,
  CARON: 0x30c, 'DOT BELOW': 0x323, CEDILLA: 0x327, OGONEK: 0x328, HORN: 0x31b, TONOS: 0x301, DIALYTIKA: 0x308,
};
const GREEK = ['ALPHA', 'BETA', 'GAMMA', 'DELTA', 'EPSILON', 'ZETA', 'ETA', 'THETA', 'IOTA', 'KAPPA', 'LAMDA', 'MU',
  'NU', 'XI', 'OMICRON', 'PI', 'RHO', 'FINAL SIGMA', 'SIGMA', 'TAU', 'UPSILON', 'PHI', 'CHI', 'PSI', 'OMEGA'];
const CYRILLIC = ['A', 'BE', 'VE', 'GHE', 'DE', 'IE', 'ZHE', 'ZE', 'I', 'SHORT I', 'KA', 'EL', 'EM', 'EN', 'O', 'PE',
  'ER', 'ES', 'TE', 'U', 'EF', 'HA', 'TSE', 'CHE', 'SHA', 'SHCHA', 'HARD SIGN', 'YERU', 'SOFT SIGN', 'E', 'YU', 'YA'];
const DIGITS = ['ZERO', 'ONE', 'TWO', 'THREE', 'FOUR', 'FIVE', 'SIX', 'SEVEN', 'EIGHT', 'NINE'];

/** Base letter + accents, composed (NFC) into one code point, or undefined. */
function compose(base: number, accents: string | undefined): number | undefined {
  if (!accents) return base;
  let s = String.fromCodePoint(base);
  for (const a of accents.split(' AND ')) {
    const m = ACCENTS[a];
    if (m === undefined) return undefined;
    s += String.fromCodePoint(m);
  }
  const c = s.normalize('NFC');
  return [...c].length === 1 ? c.codePointAt(0) : undefined;
}

function lookupName(raw: string): number | undefined {
  const name = raw.toUpperCase().replace(/\s+/g, ' ').trim();
  if (!nameMap) {
    nameMap = new Map();
    for (const entry of NAME_DATA.split('|')) {
      const i = entry.indexOf(':');
      nameMap.set(entry.slice(i + 1), parseInt(entry.slice(0, i), 16));
    }
  }
  const known = nameMap.get(name);
  if (known !== undefined) return known;
  let m = /^LATIN (SMALL|CAPITAL) LETTER ([A-Z])(?: WITH (.+))?$/.exec(name);
  if (m) return compose((m[1] === 'SMALL' ? 0x61 : 0x41) + m[2].charCodeAt(0) - 65, m[3]);
  m = /^GREEK (SMALL|CAPITAL) LETTER ([A-Z ]+?)(?: WITH (.+))?$/.exec(name);
  if (m) {
    const k = GREEK.indexOf(m[2] === 'LAMBDA' ? 'LAMDA' : m[2]);
    if (k >= 0 && !(m[1] === 'CAPITAL' && k === 17)) return compose((m[1] === 'SMALL' ? 0x3b1 : 0x391) + k, m[3]);
  }
  m = /^CYRILLIC (SMALL|CAPITAL) LETTER ([A-Z ]+)$/.exec(name);
  if (m) {
    const k = CYRILLIC.indexOf(m[2]);
    if (k >= 0) return (m[1] === 'SMALL' ? 0x430 : 0x410) + k;
  }
  m = /^DIGIT ([A-Z]+)$/.exec(name);
  if (m && DIGITS.indexOf(m[1]) >= 0) return 0x30 + DIGITS.indexOf(m[1]);
  m = /^CJK UNIFIED IDEOGRAPH-([0-9A-F]{4,5})$/.exec(name);
  if (m) return parseInt(m[1], 16);
  return undefined;
}
