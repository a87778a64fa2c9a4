/**
 * Access tokens are JWTs signed by the server (HS256, jose): programme, member, role and an id
 * (jti) that a facilitator can revoke. An invitation link carries one; the person sharing a
 * programme gets one as its first facilitator. The programme's encryption key never reaches the
 * server: it travels in the link's fragment, beside the token.
 */
import { randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { isId, type Grant, type Role } from './access.ts';

const ISSUER = 'change-model-sync';

export class Tokens {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    if (secret.length < 32) throw new Error('The signing secret must be at least 32 characters.');
    this.key = new TextEncoder().encode(secret);
  }

  async issue(programmeId: string, role: Role, days: number, memberId = randomUUID()): Promise<{ token: string; grant: Grant; expiresAt: string }> {
    const jti = randomUUID();
    const expires = Math.floor(Date.now() / 1000) + Math.round(days * 86_400);
    const token = await new SignJWT({ prog: programmeId, role })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setSubject(memberId)
      .setJti(jti)
      .setIssuedAt()
      .setExpirationTime(expires)
      .sign(this.key);
    return { token, grant: { programmeId, memberId, role, jti }, expiresAt: new Date(expires * 1000).toISOString() };
  }

  /** The grant in a token, or a reason it is refused ("expired", "invalid"). */
  async verify(token: string): Promise<{ grant: Grant; expiresAt: string } | { refused: 'expired' | 'invalid' }> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, algorithms: ['HS256'] });
      const role = payload.role;
      if (!isId(payload.prog) || !isId(payload.sub) || !isId(payload.jti) || (role !== 'facilitator' && role !== 'member')) return { refused: 'invalid' };
      return { grant: { programmeId: payload.prog, memberId: payload.sub, role, jti: payload.jti }, expiresAt: new Date((payload.exp ?? 0) * 1000).toISOString() };
    } catch (error) {
      return { refused: (error as { code?: string }).code === 'ERR_JWT_EXPIRED' ? 'expired' : 'invalid' };
    }
  }
}
