import { isUuid } from '@kenali/domain';
import { expect } from 'chai';
import fc from 'fast-check';

const hex = (n: number) => fc.stringMatching(new RegExp(`^[0-9a-fA-F]{${n}}$`));
const version = fc.constantFrom(...'12345678');
const variant = fc.constantFrom(...'89abAB');

/** A UUID of versions 1–8 with the RFC 4122 variant, in either case. */
const uuid = fc
  .tuple(hex(8), hex(4), version, hex(3), variant, hex(3), hex(12))
  .map(([a, b, v, c, r, d, e]) => `${a}-${b}-${v}${c}-${r}${d}-${e}`);

describe('isUuid', function () {
  it('accepts every UUID of versions 1–8 with the RFC variant, in either case', function () {
    fc.assert(fc.property(uuid, (u) => isUuid(u) && isUuid(u.toUpperCase()) && isUuid(u.toLowerCase())));
    expect(isUuid('00000000-0000-4000-8000-000000000001')).to.equal(true);
  });

  it('rejects anything around it, a short or long group, a non-hex digit, and other versions or variants', function () {
    fc.assert(
      fc.property(uuid, fc.integer({ min: 0, max: 35 }), (u, at) => {
        expect(isUuid(`x${u}`), 'prefix').to.equal(false);
        expect(isUuid(`${u}0`), 'suffix').to.equal(false);
        const dash = u.indexOf('-', at);
        if (dash > 0) {
          expect(isUuid(u.slice(0, dash - 1) + u.slice(dash)), 'short group').to.equal(false);
          expect(isUuid(`${u.slice(0, dash)}a${u.slice(dash)}`), 'long group').to.equal(false);
        }
        if (u[at] !== '-') expect(isUuid(`${u.slice(0, at)}g${u.slice(at + 1)}`), 'non-hex').to.equal(false);
      }),
    );
    const base = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';
    expect(isUuid(base)).to.equal(true);
    for (const v of '09')
      expect(isUuid(`${base.slice(0, 14)}${v}${base.slice(15)}`), `version ${v}`).to.equal(false);
    for (const r of '07cf')
      expect(isUuid(`${base.slice(0, 19)}${r}${base.slice(20)}`), `variant ${r}`).to.equal(false);
    expect(isUuid('')).to.equal(false);
  });
});
