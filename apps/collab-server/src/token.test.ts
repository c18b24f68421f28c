import { describe, expect, it } from 'vitest';
import { signToken, tokenRefusal } from './token';

describe('signed tokens', () => {
  const secret = 'a secret only the host knows';
  const now = 1_800_000_000;
  const token = signToken(secret, { user: 'Ana', documents: ['team-a/*', 'shared/handbook'], expires: now + 60 });

  it('open the documents they name, by name or by prefix', () => {
    expect(tokenRefusal(secret, token, 'team-a/journey', now)).toBeNull();
    expect(tokenRefusal(secret, token, 'shared/handbook', now)).toBeNull();
    expect(tokenRefusal(secret, token, 'shared/handbook-2', now)).toMatch(/does not name the document/);
    expect(tokenRefusal(secret, token, 'team-b/journey', now)).toMatch(/does not name the document "team-b\/journey"/);
  });

  it('are refused when expired, signed with another secret, altered, or not tokens at all', () => {
    expect(tokenRefusal(secret, token, 'team-a/journey', now + 61)).toMatch(/expired/);
    expect(tokenRefusal('another secret', token, 'team-a/journey', now)).toMatch(/not signed with this server's secret/);
    const [, signature] = token.split('.');
    const widened = Buffer.from(JSON.stringify({ user: 'Ana', documents: ['*'], expires: now + 60 })).toString('base64url');
    expect(tokenRefusal(secret, `${widened}.${signature}`, 'team-b/journey', now)).toMatch(/not signed/);
    expect(tokenRefusal(secret, 'not-a-token', 'team-a/journey', now)).toMatch(/not of the form/);
  });
});
