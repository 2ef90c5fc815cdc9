// node --require bench/lib/cpu-profile-preload.cjs: samples the process with V8's profiler and writes
// $CPU_PROFILE_DIR/kenali-<pid>.cpuprofile when it exits (Node 20 refuses --cpu-prof in NODE_OPTIONS, which
// is how a bench hands options to the server it spawns). With CPU_PROFILE_ON_SIGNAL=1 it samples only
// between two SIGUSR2s (a bench brackets the one route it wants to see). Open the file in Chrome DevTools,
// or summarise it with `node --import tsx bench/lib/profile-summary.ts <file>`.
const inspector = require('node:inspector');
const fs = require('node:fs');
const path = require('node:path');

const session = new inspector.Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.setSamplingInterval', { interval: 500 });

const write = () =>
  session.post('Profiler.stop', (error, result) => {
    if (error) return;
    const file = path.join(process.env.CPU_PROFILE_DIR ?? '.', `kenali-${process.pid}.cpuprofile`);
    fs.writeFileSync(file, JSON.stringify(result.profile));
  });

if (process.env.CPU_PROFILE_ON_SIGNAL === '1') {
  let running = false;
  process.on('SIGUSR2', () => {
    if (running) write();
    else session.post('Profiler.start');
    running = !running;
  });
} else {
  session.post('Profiler.start');
  // The same-thread inspector session answers synchronously, so this runs to the end inside 'exit'.
  process.on('exit', write);
}
