/**
 * The IAM documents users copy: the permission policy allows every call the sources can make
 * and nothing more, destroys only what carries the run's tag, and the trust policy lets in only
 * GitHub's OIDC tokens for one repository with the audience the action asks for. (The e2e suites
 * check the same policy against every call their emulators answered.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { repositoryRoot } from '../helpers/runner.js'
import {
  list,
  notAllowed,
  PERMISSION_POLICY,
  readPolicy,
  statementsAllowing,
  TRUST_POLICY,
  type Statement
} from './iam.js'

const policy = readPolicy(PERMISSION_POLICY)
const trust = readPolicy(TRUST_POLICY)

/** The commands the sources send: `new …XCommand(` in src/, and query actions named outright. */
function commandsInSources(directory = join(repositoryRoot, 'src')): string[] {
  const names = new Set<string>()
  for (const name of readdirSync(directory)) {
    const path = join(directory, name)
    if (statSync(path).isDirectory()) {
      commandsInSources(path).forEach(command => names.add(command))
    } else if (name.endsWith('.ts')) {
      const text = readFileSync(path, 'utf8')
      for (const match of text.matchAll(/new\s+(?:[\w.]+\.)?([A-Z]\w+)Command\s*\(/g)) {
        names.add(match[1])
      }
      // An action named in a query body (clients/sts.ts: ['Action', 'AssumeRoleWithWebIdentity']).
      for (const match of text.matchAll(/\['Action', '([A-Z]\w+)'\]/g)) names.add(match[1])
    }
  }
  return [...names].sort()
}

async function actionsInSources(): Promise<string[]> {
  const sts = await import('@aws-sdk/client-sts')
  return commandsInSources().map(name => `${`${name}Command` in sts ? 'sts' : 'ec2'}:${name}`)
}

const covers = (statement: Statement, resourceType: string): boolean =>
  list(statement.Resource).some(
    resource => resource === '*' || resource.includes(`:${resourceType}/`)
  )

describe('the permission policy (docs/iam-policy.json)', () => {
  it('allows every EC2 and STS call the sources can make', async () => {
    const actions = await actionsInSources()
    expect(actions).toContain('ec2:RunInstances')
    expect(actions).toContain('sts:AssumeRoleWithWebIdentity')
    expect(notAllowed(actions)).toEqual([])
  })

  it('allows nothing the sources never call', async () => {
    const called = new Set(await actionsInSources())
    const granted = policy.Statement.flatMap(statement => list(statement.Action))
    expect(granted.filter(action => !called.has(action))).toEqual([])
  })

  it('uses no wildcard, and "Resource": "*" only for Describe calls, which take no other', () => {
    for (const statement of policy.Statement) {
      expect(list(statement.Action).filter(action => action.includes('*'))).toEqual([])
      if (list(statement.Resource).includes('*')) {
        expect(list(statement.Action).filter(action => !action.startsWith('ec2:Describe'))).toEqual(
          []
        )
      }
    }
    expect(policy.Statement.filter(statement => statement.Effect !== 'Allow')).toEqual([])
  })

  it.each([
    ['ec2:RunInstances', 'instance'],
    ['ec2:RunInstances', 'volume'],
    ['ec2:StopInstances', 'instance'],
    ['ec2:ModifyInstanceAttribute', 'instance'],
    ['ec2:TerminateInstances', 'instance'],
    ['ec2:CreateImage', 'instance'],
    ['ec2:CreateImage', 'image'],
    ['ec2:CreateSecurityGroup', 'security-group'],
    ['ec2:AuthorizeSecurityGroupIngress', 'security-group'],
    ['ec2:DeleteSecurityGroup', 'security-group'],
    ['ec2:ImportKeyPair', 'key-pair'],
    ['ec2:CreateTags', 'instance'],
    ['ec2:CreateTags', 'image'],
    ['ec2:DeleteTags', 'image'],
    ['ec2:ModifyImageAttribute', 'image'],
    ['ec2:ModifySnapshotAttribute', 'snapshot'],
    ['ec2:EnableImageDeprecation', 'image']
  ])('allows %s on a %s only with the run tag (or as it is created)', (action, resourceType) => {
    const statements = statementsAllowing(policy, action).filter(s => covers(s, resourceType))
    expect(statements.length).toBeGreaterThan(0)
    for (const statement of statements) {
      expect(JSON.stringify(statement.Condition ?? {})).toMatch(
        /aws:(Resource|Request)Tag\/ami-build:run-id|ec2:CreateAction/
      )
    }
  })

  it('deletes key pairs only by the names the action gives them', () => {
    for (const statement of statementsAllowing(policy, 'ec2:DeleteKeyPair')) {
      expect(list(statement.Resource)).toEqual(['arn:aws:ec2:*:*:key-pair/ami-build-*'])
    }
  })
})

describe('the trust policy (docs/iam-trust-policy.json)', () => {
  it('lets only GitHub’s OIDC tokens for one repository, with the action’s audience, assume the role', () => {
    const action = parseYaml(readFileSync(join(repositoryRoot, 'action.yml'), 'utf8')) as {
      inputs: { audience: { default: string } }
    }
    expect(trust.Statement).toHaveLength(1)
    const [statement] = trust.Statement
    expect(statement).toMatchObject({
      Effect: 'Allow',
      Action: 'sts:AssumeRoleWithWebIdentity',
      Principal: {
        Federated: expect.stringMatching(
          /^arn:aws:iam::[^:]+:oidc-provider\/token\.actions\.githubusercontent\.com$/
        )
      }
    })
    const conditions = Object.assign({}, ...Object.values(statement.Condition ?? {})) as Record<
      string,
      string | string[]
    >
    expect(conditions['token.actions.githubusercontent.com:aud']).toBe(
      action.inputs.audience.default
    )
    for (const subject of list(conditions['token.actions.githubusercontent.com:sub'])) {
      expect(subject).toMatch(/^repo:[^/*]+\/[^/*:]+:/)
    }
  })
})

describe('docs/iam.md', () => {
  it('shows both policies exactly as the files users copy have them', () => {
    const text = readFileSync(join(repositoryRoot, 'docs/iam.md'), 'utf8')
    const blocks = [...text.matchAll(/```json\n([\s\S]*?)```/g)].map(match => JSON.parse(match[1]))
    expect(blocks).toContainEqual(policy)
    expect(blocks).toContainEqual(trust)
  })
})
