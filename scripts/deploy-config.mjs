// `npm run deploy:config`: writes deploy/nginx.conf from build/serving.ts (and the policy of
// csp.config.ts), the one description of how dist/ is served.
import { writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const { module } = await runnerImport('./build/serving.ts');
writeFileSync('deploy/nginx.conf', module.nginxConfig());
console.log('wrote deploy/nginx.conf');
