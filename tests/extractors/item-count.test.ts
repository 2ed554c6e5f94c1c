import extractor from '../../extractors/item-count.js';
import { runCases } from '../helpers/extractor-cases.js';

runCases(extractor, {
  valid: [
    { markdown: '- ✅ 20+ alert rules (critical + warning)', claims: [{ kind: 'count.items', subject: { category: 'alert-rules' }, value: 20, qualifier: 'atLeast' }] },
    { markdown: 'A 6-job GitHub Actions workflow runs on every push.', claims: [{ subject: { category: 'workflow-jobs' }, value: 6 }] },
    { markdown: '## CI\n\nThe pipeline has 6 jobs.', claims: [{ subject: { category: 'workflow-jobs' }, value: 6 }] },
    { markdown: '- **Total Services Defined:** 38 services in docker-compose.yml', claims: [{ subject: { path: 'docker-compose.yml' }, value: 38 }] },
    { markdown: '- **Dashboard:** `observability/dashboards/golden-signals.json` (8 panels)', claims: [{ subject: { path: 'observability/dashboards/golden-signals.json' }, value: 8 }] },
    { markdown: '- 12-panel Grafana dashboard', claims: [{ subject: { category: 'panels' }, value: 12 }] },
    { markdown: '`docs/CHECKLIST.md` has 12 items', claims: [{ subject: { path: 'docs/CHECKLIST.md' }, value: 12 }] },
    { markdown: 'Prometheus: 4 recording rules and 3 rule groups', claims: [{ subject: { category: 'recording-rules' }, value: 4 }, { subject: { category: 'rule-groups' }, value: 3 }] },
    { markdown: '2. **Created Prometheus alert rules** (`observability/alerts.json`)\n   - 8 alerts across 4 severity levels', claims: [{ subject: { path: 'observability/alerts.json' }, value: 8 }] },
    { markdown: '**Alert Rules:** `observability/alerts.json`\n- 8 alerts covering latency and errors', claims: [{ subject: { path: 'observability/alerts.json' }, value: 8 }] },
    // A noun that names its own file is not about another file written next to it.
    { markdown: '5 npm scripts in `package.json` and 7 Makefile targets', claims: [{ subject: { path: 'package.json' }, value: 5 }, { subject: { category: 'make-targets' }, value: 7 }] },
    { markdown: '- **Build**: `scripts/build.sh` and 4 make targets', claims: [{ subject: { category: 'make-targets' }, value: 4 }] },
    { markdown: '`docs/STACK.md` lists 6 docker-compose services', claims: [{ subject: { category: 'compose-services' }, value: 6 }] },
    { markdown: '`build/Makefile` has 7 Makefile targets', claims: [{ subject: { path: 'build/Makefile' }, value: 7 }] },
    { markdown: '`web/package.json` defines 5 npm scripts', claims: [{ subject: { path: 'web/package.json' }, value: 5 }] },
    { markdown: '`deploy/compose.prod.yaml` runs 4 compose services', claims: [{ subject: { path: 'deploy/compose.prod.yaml' }, value: 4 }] },
    { markdown: '`tools/rules.mk` adds 3 make targets', claims: [{ subject: { path: 'tools/rules.mk' }, value: 3 }] },
  ],
  invalid: ['2K alert rules', '3-4x Grafana panels', '**Alert rules** (`a.json`, `b.json`)\n- 8 alerts in all', '**Incidents**\n- 8 alerts fired yesterday', '3 improvements shipped', 'We run 4 jobs every night.', 'The app has 3 services.', '8 alerts fired yesterday', '6 critical alert rules', '12 items remain'],
});
