import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import ssh2 from 'ssh2'
import { connectClient, exec, startTestHost, type TestHost, type TestInstance } from './fixture.js'

/** The machine's uid of the instance user: what every file an instance writes must belong to. */
function uidOf(user: string): number {
  return Number(
    readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .find(line => line.startsWith(`${user}:`))!
      .split(':')[2]
  )
}

function sftpOf(client: ssh2.Client): Promise<ssh2.SFTPWrapper> {
  return new Promise((resolve, reject) =>
    client.sftp((error, sftp) => (error ? reject(error) : resolve(sftp)))
  )
}

describe("an instance's own /tmp, /var, /opt, /srv and /usr/local", () => {
  let test: TestHost
  let first: TestInstance
  let second: TestInstance
  let a: ssh2.Client
  let b: ssh2.Client

  beforeAll(async () => {
    test = startTestHost()
    first = await test.launch()
    second = await test.launch()
    a = await connectClient(first)
    b = await connectClient(second)
  })

  afterAll(async () => {
    a?.end()
    b?.end()
    await test?.close()
  })

  it('keeps /tmp private to each instance, and in its root', async () => {
    await exec(a, 'echo first > /tmp/same-name')
    await exec(b, 'echo second > /tmp/same-name')
    expect((await exec(a, 'cat /tmp/same-name')).stdout).toBe('first\n')
    expect((await exec(b, 'cat /tmp/same-name')).stdout).toBe('second\n')
    expect(readFileSync(join(first.root, 'tmp/same-name'), 'utf8')).toBe('first\n')
    expect(existsSync('/tmp/same-name')).toBe(false)
  })

  it('runs commands as the image user and sudo as root', async () => {
    const result = await exec(a, 'whoami; id -u; sudo id -u; sudo whoami')
    expect(result).toEqual({
      code: 0,
      stdout: `ubuntu\n${uidOf('ubuntu')}\n0\nroot\n`,
      stderr: ''
    })
  })

  it('moves an upload into /var/www/html with sudo, as the web example does', async () => {
    const result = await exec(
      a,
      'set -e; echo page > /tmp/index.html; sudo mkdir -p /var/www/html; ' +
        'sudo mv /tmp/index.html /var/www/html/index.html; ' +
        'sudo chown root:root /var/www/html/index.html; stat -c %U /var/www/html/index.html; ' +
        'sudo stat -c %U /var/www/html/index.html'
    )
    expect(result).toMatchObject({ code: 0, stderr: '' })
    // On the machine the file belongs to the instance user, whatever the instance calls it.
    expect(result.stdout).toBe(`ubuntu\nroot\n`)
    const file = join(first.root, 'var/www/html/index.html')
    expect(readFileSync(file, 'utf8')).toBe('page\n')
    expect(statSync(file).uid).toBe(uidOf('ubuntu'))
    expect(existsSync(join(first.root, 'tmp/index.html'))).toBe(false)
  })

  it('lets nothing, not even sudo, write outside the root', async () => {
    const result = await exec(
      a,
      'sudo touch /etc/ami-build-probe; sudo mkdir /run/ami-build-probe; sudo touch /usr/bin/ami-build-probe; ' +
        `sudo touch ${test.stateDir}/probe; echo done`
    )
    expect(result.stdout).toBe('done\n')
    expect(result.stderr.match(/Permission denied|No such file/g)).toHaveLength(4)
    for (const path of ['/etc', '/run', '/usr/bin', test.stateDir]) {
      expect(existsSync(join(path, path === test.stateDir ? 'probe' : 'ami-build-probe'))).toBe(
        false
      )
    }
  })

  it('shows a file uploaded over SFTP to /tmp to the next command at the same path', async () => {
    const sftp = await sftpOf(a)
    await new Promise<void>((resolve, reject) =>
      sftp.writeFile('/tmp/uploaded', 'over sftp\n', error => (error ? reject(error) : resolve()))
    )
    sftp.end()
    expect(await exec(a, 'cat /tmp/uploaded')).toMatchObject({ code: 0, stdout: 'over sftp\n' })
    expect(readFileSync(join(first.root, 'tmp/uploaded'), 'utf8')).toBe('over sftp\n')
    expect(statSync(join(first.root, 'tmp/uploaded')).uid).toBe(uidOf('ubuntu'))
  })

  it("installs nginx with its default page and service, as Ubuntu's package does", async () => {
    const result = await exec(
      b,
      'apt-get install -y nginx; echo "without sudo: $?"; sudo apt-get install -y nginx >/dev/null && ' +
        'ls /var/www/html && systemctl is-enabled nginx && systemctl is-active nginx && ls /var/log/nginx'
    )
    expect(result.stderr).toMatch(/are you root\?/)
    expect(result.stdout).toBe(
      'without sudo: 100\nindex.nginx-debian.html\nenabled\nactive\naccess.log\nerror.log\n'
    )
    expect(readFileSync(join(second.root, 'var/www/html/index.nginx-debian.html'), 'utf8')).toMatch(
      /Welcome to nginx!/
    )
  })

  it('keeps /opt, /srv, /usr/local and /var/tmp in the root, with /tmp writable by anyone', async () => {
    const result = await exec(
      b,
      'set -e; for d in /opt /srv /usr/local/bin /var/tmp; do sudo touch $d/mine; done; stat -c %a /tmp /var/tmp'
    )
    expect(result).toMatchObject({ code: 0, stdout: '1777\n1777\n' })
    for (const dir of ['opt', 'srv', 'usr/local/bin', 'var/tmp']) {
      expect(existsSync(join(second.root, dir, 'mine'))).toBe(true)
    }
    expect(lstatSync(join(second.root, 'var/run')).isSymbolicLink()).toBe(true)
  })

  it('refuses systemctl changes without sudo, as a real machine without a polkit agent does', async () => {
    const result = await exec(b, 'systemctl restart nginx')
    expect(result).toMatchObject({
      code: 1,
      stderr: 'Failed to restart nginx.service: Interactive authentication required.\n'
    })
  })

  it('gives an interactive login the same sudo and the same /tmp', async () => {
    const output = await new Promise<string>((resolve, reject) =>
      b.shell(false, (error, stream) => {
        if (error) return reject(error)
        let text = ''
        stream.on('data', (chunk: Buffer) => (text += chunk.toString()))
        stream.on('close', () => resolve(text))
        stream.end('echo "uid=$(sudo id -u) $(cat /tmp/same-name)"; exit\n')
      })
    )
    expect(output).toContain('uid=0 second\n')
  })

  it('starts an instance of a captured image with what sudo put in /var', async () => {
    await exec(a, 'echo baked | sudo tee /var/www/html/x > /dev/null')
    await test.host.captureImage(first.root, 'ami-0aaaabbbbccccdddd')
    const third = await test.launch({ fromImage: 'ami-0aaaabbbbccccdddd' })
    const c = await connectClient(third)
    try {
      expect(await exec(c, 'cat /var/www/html/x; cat /tmp/same-name')).toMatchObject({
        code: 0,
        stdout: 'baked\nfirst\n'
      })
    } finally {
      c.end()
      await third.handle.stop()
    }
  })
})
