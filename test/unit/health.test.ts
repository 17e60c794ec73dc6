import { DatabaseHealth } from '../../src/db/health';

/** A probe the test answers by hand. */
function controllableProbe() {
  let answer: () => Promise<string> = () => Promise.resolve('Neo4j/5.26.0');
  let calls = 0;
  return {
    probe: () => {
      calls += 1;
      return answer();
    },
    set: (next: () => Promise<string>) => {
      answer = next;
    },
    calls: () => calls,
  };
}

const refused = () =>
  Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));

describe('DatabaseHealth', () => {
  it('turns down when a probe fails, and up again when one succeeds', async () => {
    const probe = controllableProbe();
    const health = new DatabaseHealth({ probe: probe.probe });
    probe.set(refused);
    expect((await health.probe()).status).toBe('down');
    expect(health.snapshot().reason).toMatch(/^database unavailable: connection failed \(ECONNREFUSED\)/);
    probe.set(() => Promise.resolve('Neo4j/5.26.1'));
    expect(await health.probe()).toMatchObject({ status: 'up', neo4j: 'Neo4j/5.26.1' });
  });

  it('counts a probe that does not answer within its timeout as down', async () => {
    const health = new DatabaseHealth({ probe: () => new Promise<string>(() => undefined), timeoutMs: 50 });
    const started = Date.now();
    expect((await health.probe()).status).toBe('down');
    expect(Date.now() - started).toBeLessThan(500);
    expect(health.snapshot().reason).toContain('no answer within 50 ms');
  });

  it('shares one probe between concurrent callers', async () => {
    const probe = controllableProbe();
    const health = new DatabaseHealth({ probe: probe.probe });
    await Promise.all([health.probe(), health.probe(), health.probeIfOlderThan(0)]);
    expect(probe.calls()).toBe(1);
  });

  it('admits queries at once while up, refuses them at once while down, and rechecks at most every recheckMs', async () => {
    const probe = controllableProbe();
    const health = new DatabaseHealth({ probe: probe.probe, recheckMs: 10_000 });
    expect(await health.admit()).toBe(true);
    expect(probe.calls()).toBe(0);
    probe.set(refused);
    await health.probe();
    probe.set(() => Promise.resolve('Neo4j/5.26.0'));
    expect(await health.admit()).toBe(false);
    expect(probe.calls()).toBe(1);
  });

  it('notices the return of the database on the next query once recheckMs has passed', async () => {
    const probe = controllableProbe();
    const health = new DatabaseHealth({ probe: probe.probe, recheckMs: 20 });
    probe.set(refused);
    await health.probe();
    probe.set(() => Promise.resolve('Neo4j/5.26.0'));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(await health.admit()).toBe(true);
  });

  it('tells down-listeners once, when it leaves up, and keeps the supervisor\'s "restarting"', async () => {
    const probe = controllableProbe();
    const health = new DatabaseHealth({ probe: probe.probe });
    const seen: string[] = [];
    health.onDown((snapshot) => seen.push(snapshot.status));
    health.markDown('database unavailable: restarting the local Neo4j', 'restarting');
    probe.set(refused);
    await health.probe();
    expect(health.snapshot()).toMatchObject({
      status: 'restarting',
      reason: 'database unavailable: restarting the local Neo4j',
    });
    health.markDown('database unavailable: other');
    expect(seen).toEqual(['restarting']);
  });
});
