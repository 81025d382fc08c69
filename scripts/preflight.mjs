// Stops an npm script at once, in one line, when the Node running it cannot run the project or
// SITE_URL is unusable.
// Plain JavaScript with old syntax on purpose: it must load on any Node, however old.
const needed = '^22.22.0 or >=24.8.0 (Node 24 LTS recommended)';
const [major, minor] = process.versions.node.split('.').map(Number);
const ok = major > 24 || (major === 24 && minor >= 8) || (major === 22 && minor >= 22);
if (!ok) {
  console.error(
    'Node v' +
      process.versions.node +
      ' found; this project needs Node ' +
      needed +
      '. Fix: run `npm install` (it installs Node 24 into node_modules for the npm scripts), ' +
      'or `nvm install && nvm use` (reads .nvmrc).',
  );
  process.exit(1);
}
// The site's origin is checked here, before Astro starts, so a bad SITE_URL reads as one line.
import('../src/lib/origin.ts').then(undefined, function (error) {
  console.error(error.message);
  process.exit(1);
});
// `npm start` checks its port before the build, not after it.
if (process.argv.indexOf('--port') !== -1) {
  import('./port.ts')
    .then(function (port) {
      return port.assertPortFree(Number(process.env.PORT || 4321), '::');
    })
    .then(undefined, function (error) {
      console.error(error.message);
      process.exit(1);
    });
}
