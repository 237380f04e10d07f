import { RACE_ROUNDS, RACE_SCENARIOS, runRounds } from '../support/races/scenarios';
import { startTestAppTarget, TestAppTarget } from '../support/races/test-app-target';

// Every "exactly" of the product in one place, under real parallel HTTP on PostgreSQL: each
// scenario runs RACE_ROUNDS rounds on fresh objects, its bursts spread over two replicas of the app
// on one database. The scenarios know the deployment only by URL, SQL and its mails, so the
// scale-out run replays them over separate processes.
describe('races: every "exactly", over two replicas', () => {
  let target: TestAppTarget;

  beforeAll(async () => {
    target = await startTestAppTarget(2);
  }, 60_000);
  afterAll(() => target?.close());

  for (const scenario of RACE_SCENARIOS) {
    it(`${scenario.title} (${RACE_ROUNDS} rounds)`, () => runRounds(scenario, target), 180_000);
  }
});
