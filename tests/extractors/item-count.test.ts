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
  ],
  invalid: ['3 improvements shipped', 'We run 4 jobs every night.', 'The app has 3 services.', '8 alerts fired yesterday', '6 critical alert rules', '12 items remain'],
});
