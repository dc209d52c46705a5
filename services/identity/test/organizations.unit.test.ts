import assert from 'node:assert/strict';
import { mayGrant, mayManage } from '../src/domain/organizations.js';
import { routeTask } from '../src/domain/teams.js';
import type { TeamDetail } from '../src/domain/organization-model.js';

describe('organization roles and team routing', () => {
  it('ranks owner over admin over member', () => {
    assert.ok(mayGrant('owner', 'owner'));
    assert.ok(mayGrant('admin', 'member'));
    assert.ok(!mayGrant('admin', 'admin'));
    assert.ok(!mayGrant('member', 'member'));
    assert.ok(mayManage('owner', 'owner'));
    assert.ok(mayManage('admin', 'member'));
    assert.ok(!mayManage('admin', 'owner'));
  });

  it('routes by rule priority, then by skill with leaders first', () => {
    const at = new Date('2026-01-01T00:00:00Z');
    const member = (agentDid: string, role: 'leader' | 'worker', skills: string[]) => ({ id: agentDid, teamId: 't', agentDid, role, skills, joinedAt: at });
    const rule = (id: string, keywords: string[], target: string, priority: number, enabled = true) => ({
      id, teamId: 't', name: id, keywords, targetAgentDid: target, priority, enabled, createdAt: at,
    });
    const team: TeamDetail = {
      id: 't', name: 'T', description: '', ownerDeveloperId: '1', organizationId: null, config: {}, status: 'active', createdAt: at, updatedAt: at,
      members: [member('a', 'worker', ['nlp']), member('b', 'leader', ['nlp', 'vision'])],
      routingRules: [rule('low', ['translate'], 'b', 1), rule('high', ['translate'], 'a', 9), rule('off', ['bake'], 'a', 99, false), rule('phrase', ['machine learning'], 'b', 0)],
      qualityGates: [],
    };
    assert.deepEqual([routeTask(team, 'Translate this', []).rule?.id, routeTask(team, 'Translate this', []).member?.agentDid], ['high', 'a']);
    assert.equal(routeTask(team, 'all about machine learning', []).rule?.id, 'phrase');
    assert.equal(routeTask(team, 'bake bread', []).matchedBy, 'none');
    const bySkill = routeTask(team, 'anything', ['NLP']);
    assert.deepEqual([bySkill.matchedBy, bySkill.member?.agentDid], ['skill', 'b']);
    assert.equal(routeTask(team, 'translated', []).matchedBy, 'none', 'keywords are whole words');
  });
});
