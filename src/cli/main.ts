export async function main(_argv: string[]): Promise<number> {
  console.error('not implemented yet')
  return 1
}
