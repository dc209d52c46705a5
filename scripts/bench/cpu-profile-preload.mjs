// Loaded into AgentVault processes by `transfers.ts --cpu-prof` (NODE_OPTIONS=--import ...),
// because Node 20 refuses --cpu-prof in NODE_OPTIONS. SIGUSR2 starts the V8 CPU profiler;
// the next SIGUSR2 stops it and writes $BENCH_CPU_PROFILE_DIR/<pid>.cpuprofile, so the profile
// covers only the benchmark's measured window.
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.env.BENCH_CPU_PROFILE_DIR;
if (dir) {
  const session = new Session();
  session.connect();
  const post = (method, params = {}) =>
    new Promise((resolve, reject) => session.post(method, params, (err, result) => (err ? reject(err) : resolve(result))));
  let profiling = false;
  process.on('SIGUSR2', () => {
    if (!profiling) {
      profiling = true;
      post('Profiler.enable')
        .then(() => post('Profiler.setSamplingInterval', { interval: 500 }))
        .then(() => post('Profiler.start'))
        .catch((err) => process.stderr.write(`cpu profile: ${err}\n`));
      return;
    }
    profiling = false;
    post('Profiler.stop')
      .then(({ profile }) => writeFileSync(path.join(dir, `${process.pid}.cpuprofile`), JSON.stringify(profile)))
      .catch((err) => process.stderr.write(`cpu profile: ${err}\n`));
  });
}
