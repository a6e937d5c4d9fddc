// The post step: nothing to clean up until the build exists.
export async function runPost(): Promise<void> {}
