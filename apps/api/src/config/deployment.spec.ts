import { BlockList } from 'node:net';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { readConfig } from './app-config';

const repoRoot = path.resolve(__dirname, '../../../..');
const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8');

describe('the docker-compose deployment', () => {
  const compose = parse(read('docker-compose.yml'));
  const nginx = read('deploy/nginx.conf');

  it('has the API believe forwarded addresses from its balancer only', () => {
    const balancer = compose.services.balancer.networks.default.ipv4_address;
    const trusted = readConfig({ TRUST_PROXY: compose.services.api.environment.TRUST_PROXY }).trustProxy;
    expect(trusted).toEqual([balancer]);

    const [subnet, prefix] = compose.networks.default.ipam.config[0].subnet.split('/');
    const network = new BlockList();
    network.addSubnet(subnet, Number(prefix));
    expect(network.check(balancer)).toBe(true);
  });

  it('has nginx replace the forwarded address and protocol, never pass on the client’s', () => {
    expect(nginx).toMatch(/^\s*proxy_set_header X-Forwarded-For \$remote_addr;$/m);
    expect(nginx).toMatch(/^\s*proxy_set_header X-Forwarded-Proto \$scheme;$/m);
    expect(nginx).not.toMatch(/\$http_x_forwarded|\$proxy_add_x_forwarded_for/);
  });
});
