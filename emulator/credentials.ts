import { randomBytes } from 'node:crypto'

/** Who is behind an access key: the emulator's root user or an assumed role session. */
export interface Identity {
  accessKeyId: string
  secretAccessKey: string
  sessionToken?: string
  /** ms since epoch; absent for long-term keys */
  expiresAt?: number
  arn: string
  userId: string
  accountId: string
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

export function randomId(prefix: string, length: number): string {
  const bytes = randomBytes(length)
  let id = prefix
  for (const b of bytes) id += ALPHANUMERIC[b % ALPHANUMERIC.length]
  return id
}

function randomSecret(length: number): string {
  return randomBytes(length)
    .toString('base64')
    .replace(/[^A-Za-z0-9]/g, 'x')
    .slice(0, length)
}

/** Every access key the emulator issued; nothing else signs a request it accepts. */
export class CredentialStore {
  private byKey = new Map<string, Identity>()

  root(accountId: string): Identity {
    return this.add({
      accessKeyId: randomId('AKIA', 16),
      secretAccessKey: randomSecret(40),
      arn: `arn:aws:iam::${accountId}:user/emulator`,
      userId: randomId('AIDA', 17),
      accountId
    })
  }

  session(
    accountId: string,
    roleArn: string,
    sessionName: string,
    expiresAt: number
  ): { identity: Identity; roleId: string } {
    const roleName = roleArn.split('/').pop() ?? roleArn
    const roleId = randomId('AROA', 17)
    const identity = this.add({
      accessKeyId: randomId('ASIA', 16),
      secretAccessKey: randomSecret(40),
      sessionToken: randomSecret(300),
      expiresAt,
      arn: `arn:aws:sts::${accountId}:assumed-role/${roleName}/${sessionName}`,
      userId: `${roleId}:${sessionName}`,
      accountId
    })
    return { identity, roleId }
  }

  get(accessKeyId: string): Identity | undefined {
    return this.byKey.get(accessKeyId)
  }

  private add(identity: Identity): Identity {
    this.byKey.set(identity.accessKeyId, identity)
    return identity
  }
}
