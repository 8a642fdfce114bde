import { lookup } from 'node:dns/promises';
import type { LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import * as ipaddr from 'ipaddr.js';
import { NamedError } from '@inquiry-router/contracts';

const globalUnicastV6 = ipaddr.IPv6.parseCIDR('2000::/3');

/**
 * Why an address is not one on the public internet (its range: loopback, private, linkLocal,
 * uniqueLocal, unspecified, ...), or null for a public unicast address. An IPv4 address written
 * as IPv6 (`::ffff:10.0.0.1`) is judged as the IPv4 address it is; anything else that carries an
 * IPv4 address inside IPv6 (NAT64, 6to4, Teredo) is refused, as is what does not parse.
 */
export function nonPublicRange(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(bare)) return 'not an IP address';
  const ip = ipaddr.process(bare);
  const range = ip.range();
  if (range !== 'unicast') return range;
  // IPv6 outside 2000::/3 (deprecated site-local, IPv4-compatible, unassigned) is not public unicast either.
  return ip.kind() === 'ipv6' && !(ip as ipaddr.IPv6).match(globalUnicastV6) ? 'reserved' : null;
}

/** A host that is, or resolves to, an address outside the public internet. */
export class NonPublicAddress extends NamedError {
  constructor(host: string, address: string, range: string) {
    super(host === address ? `${host} is a ${range} address` : `${host} resolves to ${address}, a ${range} address`);
  }
}

/**
 * Every address of `host` (an IP literal is its own), or NonPublicAddress when any of them is not
 * public: a name that answers with one public and one private address could reach either.
 * Resolution errors (an unknown name) are thrown as they come.
 */
export async function publicAddressesOf(host: string): Promise<LookupAddress[]> {
  const bare = host.replace(/^\[|\]$/g, '');
  const family = isIP(bare);
  const addresses = family ? [{ address: bare, family }] : await lookup(bare, { all: true, verbatim: true });
  for (const { address } of addresses) {
    const range = nonPublicRange(address);
    if (range) throw new NonPublicAddress(bare, address, range);
  }
  return addresses;
}

/**
 * A `lookup` for an HTTP request that answers with addresses resolved (and checked) before, so
 * the connection goes where the check looked and a second resolution cannot answer otherwise.
 */
export function pinnedLookup(addresses: LookupAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) return callback(null, addresses);
    const first = addresses.find((a) => !options.family || a.family === options.family) ?? addresses[0];
    callback(null, first.address, first.family);
  };
}
