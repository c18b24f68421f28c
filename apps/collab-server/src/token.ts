import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a signed token grants: who the user is, the documents they may open, and until when. */
export interface Grant {
  /** The user's name, as others see it. */
  user: string;
  /** Document names, or prefixes ending in `*` (`team-a/*`): the documents this token opens. */
  documents: string[];
  /** Seconds since the epoch after which the token is refused. */
  expires: number;
}

const encode = (bytes: Buffer) => bytes.toString('base64url');
const sign = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest();

/** A token for `grant`, signed with the host's secret: `body.signature`, both base64url. */
export function signToken(secret: string, grant: Grant): string {
  const body = encode(Buffer.from(JSON.stringify(grant), 'utf8'));
  return `${body}.${encode(sign(secret, body))}`;
}

/** Why a token does not open a document, or null when it does. */
export function tokenRefusal(secret: string, token: string, documentName: string, now = Date.now() / 1000): string | null {
  const [body, signature, ...rest] = token.split('.');
  if (!body || !signature || rest.length > 0) return 'the token is not of the form body.signature';
  const expected = sign(secret, body);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'the token is not signed with this server\'s secret';
  let grant: Partial<Grant>;
  try {
    grant = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<Grant>;
  } catch {
    return 'the token\'s body is not JSON';
  }
  if (typeof grant.expires !== 'number' || grant.expires < now) return 'the token has expired';
  const documents = Array.isArray(grant.documents) ? grant.documents.filter((name): name is string => typeof name === 'string') : [];
  const opens = documents.some((name) => (name.endsWith('*') ? documentName.startsWith(name.slice(0, -1)) : name === documentName));
  return opens ? null : `the token does not name the document "${documentName}"`;
}
