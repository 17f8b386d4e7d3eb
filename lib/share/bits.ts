/**
 * A bit stream written and read five bits to a character, so that a link cut short by a chat app
 * still reads correctly up to where it was cut.
 */

/** Crockford-style base-32 digits: no i, l, o or u, nothing a URL, chat app or LMS rewrites. */
export const DIGITS = '0123456789abcdefghjkmnpqrstvwxyz';
const DIGIT_VALUE = new Map([...DIGITS].map((c, i) => [c, i]));

export class BitWriter {
  private readonly bits: number[] = [];

  /** Writes `value` (a whole number below 2^width) in `width` bits, most significant first. */
  write(value: number, width: number): void {
    for (let i = width - 1; i >= 0; i -= 1) this.bits.push(Math.floor(value / 2 ** i) % 2);
  }

  /** Writes a whole number in groups of four bits, each group followed by a "more" bit. */
  writeVarUint(value: number): void {
    let rest = value;
    do {
      const group = rest % 16;
      rest = Math.floor(rest / 16);
      this.write(group, 4);
      this.write(rest > 0 ? 1 : 0, 1);
    } while (rest > 0);
  }

  /** The bits as base-32 digits; the last digit is padded with zero bits. */
  toDigits(): string {
    let out = '';
    for (let i = 0; i < this.bits.length; i += 5) {
      let v = 0;
      for (let j = 0; j < 5; j += 1) v = v * 2 + (this.bits[i + j] ?? 0);
      out += DIGITS[v];
    }
    return out;
  }
}

/** Thrown only inside the codec when the bits run out; the decoder turns it into a typed error. */
export class OutOfBits extends Error {}

export class BitReader {
  private position = 0;

  private constructor(private readonly bits: readonly number[]) {}

  /** Null when a character is not one of the digits. */
  static fromDigits(digits: string): BitReader | null {
    const bits: number[] = [];
    for (const c of digits) {
      const v = DIGIT_VALUE.get(c);
      if (v === undefined) return null;
      for (let i = 4; i >= 0; i -= 1) bits.push((v >> i) & 1);
    }
    return new BitReader(bits);
  }

  read(width: number): number {
    if (this.position + width > this.bits.length) throw new OutOfBits();
    let v = 0;
    for (let i = 0; i < width; i += 1) v = v * 2 + this.bits[this.position++]!;
    return v;
  }

  /** Reads a number written by `writeVarUint`; refuses numbers above `max` to stay bounded. */
  readVarUint(max: number): number | null {
    let value = 0;
    let scale = 1;
    for (;;) {
      value += this.read(4) * scale;
      if (value > max) return null;
      if (this.read(1) === 0) return value;
      scale *= 16;
      if (scale > max * 16) return null;
    }
  }
}

/** Bits needed to write any of `count` choices (0 for a single choice). */
export function widthFor(count: number): number {
  let width = 0;
  while (2 ** width < count) width += 1;
  return width;
}

/** FNV-1a over the characters, kept to `bits` bits: catches a damaged or shortened link. */
export function checksum(text: string, bits: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 2 ** bits;
}
