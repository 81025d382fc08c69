// Stops `npm install` or an npm script at once, in one line, when the Node running it cannot do the job,
// SITE_URL is unusable or the server's port is taken. Old syntax on purpose: it must load on any Node.

/**
 * True when version "major.minor…" is at least one of the [major, minor] minimums (same major, or
 * higher for the last one).
 */
function satisfies(version, minimums) {
  const parts = version.split('.').map(Number);
  return minimums.some(function (min, i) {
    const last = i === minimums.length - 1;
    return (parts[0] === min[0] && parts[1] >= min[1]) || (last && parts[0] > min[0]);
  });
}

function stop(message) {
  console.error(message);
  process.exit(1);
}

if (process.argv.indexOf('--install') !== -1) {
  // npm picks each package's native binaries (Astro's compiler among them) for the Node that runs npm
  // itself, which npm names in its user agent; a script's own `node` may already be the project's Node 24.
  const agent = /node\/v([\d.]+)/.exec(process.env.npm_config_user_agent || '');
  const installing = agent ? agent[1] : process.versions.node;
  if (
    !satisfies(installing, [
      [20, 19],
      [22, 12],
    ])
  )
    stop(
      'npm install ran on Node v' +
        installing +
        '; installing this project needs Node ^20.19 or >=22.12 (npm picks native packages for the Node it runs on). ' +
        'Fix: `nvm install 24 && nvm use 24` (or Node 24 from your system packages), then `npm install` again.',
    );
} else {
  if (
    !satisfies(process.versions.node, [
      [22, 22],
      [24, 8],
    ])
  )
    stop(
      'Node v' +
        process.versions.node +
        ' found; this project needs Node ^22.22 or >=24.8 (Node 24 LTS recommended). Fix: run `npm install` ' +
        '(it installs Node 24 into node_modules for the npm scripts), or `nvm install && nvm use` (reads .nvmrc).',
    );
  // The site's origin is checked here, before Astro starts, so a bad SITE_URL reads as one line.
  import('../src/lib/origin.ts').then(undefined, function (error) {
    stop(error.message);
  });
  // `npm start` checks its port before the build, not after it.
  if (process.argv.indexOf('--port') !== -1)
    import('./port.ts')
      .then(function (port) {
        return port.assertPortFree(Number(process.env.PORT || 4321), '::');
      })
      .then(undefined, function (error) {
        stop(error.message);
      });
}
