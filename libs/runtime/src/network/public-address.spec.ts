import { NonPublicAddress, nonPublicRange, pinnedLookup, publicAddressesOf } from './public-address';

describe('nonPublicRange', () => {
  it.each([
    // IPv4
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.254', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['0.0.0.0', 'unspecified'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    // IPv6
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'linkLocal'],
    ['fc00::1', 'uniqueLocal'],
    ['fd12:3456::1', 'uniqueLocal'],
    ['fec0::1', 'reserved'],
    ['2002:a00:1::1', '6to4'],
    ['64:ff9b::a00:1', 'rfc6052'],
    ['::a00:1', 'reserved'],
    // IPv4 written as IPv6: judged as the IPv4 address it is
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:a9fe:a9fe', 'linkLocal'],
    ['[::ffff:192.168.0.1]', 'private'],
  ])('refuses %s (%s)', (address, range) => {
    expect(nonPublicRange(address)).toBe(range);
  });

  it('lets public addresses through, IPv4, IPv6 and mapped alike', () => {
    for (const address of ['8.8.8.8', '172.32.0.1', '193.212.1.10', '2001:4860:4860::8888', '2a00:1450:400f:80d::200e', '::ffff:8.8.8.8'])
      expect(nonPublicRange(address)).toBeNull();
  });

  it('refuses what is not an address', () => {
    expect(nonPublicRange('example.org')).toBe('not an IP address');
  });
});

describe('publicAddressesOf', () => {
  it('checks an IP literal without resolving it', async () => {
    await expect(publicAddressesOf('8.8.8.8')).resolves.toEqual([{ address: '8.8.8.8', family: 4 }]);
    await expect(publicAddressesOf('[::ffff:127.0.0.1]')).rejects.toThrow(
      new NonPublicAddress('::ffff:127.0.0.1', '::ffff:127.0.0.1', 'loopback'),
    );
  });

  it('resolves a name and refuses it when an address it has is not public', async () => {
    await expect(publicAddressesOf('localhost')).rejects.toThrow(/^localhost resolves to (127\.0\.0\.1|::1), a loopback address$/);
  });
});

describe('pinnedLookup', () => {
  it('answers with the addresses given, one or all as asked', () => {
    const lookup = pinnedLookup([
      { address: '2001:4860:4860::8888', family: 6 },
      { address: '8.8.8.8', family: 4 },
    ]);
    const answers: unknown[] = [];
    lookup('agency.example', { all: true }, (_e, addresses) => answers.push(addresses));
    lookup('agency.example', { family: 4 }, (_e, address, family) => answers.push([address, family]));
    expect(answers).toEqual([
      [
        { address: '2001:4860:4860::8888', family: 6 },
        { address: '8.8.8.8', family: 4 },
      ],
      ['8.8.8.8', 4],
    ]);
  });
});
